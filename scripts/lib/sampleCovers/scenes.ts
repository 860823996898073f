/**
 * The sample covers: for each article of the sample, a scene drawn from its story and the
 * Vietnamese alt text that says what the drawing shows. Every scene is drawn here, from shapes.
 */
import { createRng, type Rng } from '../bench/prng.ts';
import {
  HEIGHT,
  WIDTH,
  band,
  clouds,
  ground,
  karst,
  mist,
  ridge,
  sky,
  sun,
  terraces,
} from './landscape.ts';
import {
  bookshelf,
  lamp,
  ledger,
  moneyBox,
  notebook,
  pen,
  stool,
  tableTop,
  teaCup,
  wallWithWindow,
} from './interiors.ts';
import {
  basket,
  beehive,
  bees,
  boat,
  bridgeRailing,
  buffaloPlough,
  flowerBed,
  greenhouse,
  hall,
  house,
  motorbike,
  office,
  peachBranch,
  roadWorks,
  school,
  slimTree,
  stiltHouse,
  tree,
  treeRow,
  van,
  watchTower,
} from './things.ts';

/** One cover: the article it belongs to, what it shows, and how to draw it. */
export type CoverScene = {
  /** The article's id (its file name), which is also the picture's: `<slug>.jpg`. */
  slug: string;
  /** What the picture shows, in Vietnamese, for readers who cannot see it. */
  alt: string;
  draw(rng: Rng): string;
};

/** The credit every sample cover carries: it is an illustration a machine drew, not a photograph. */
export const COVER_CREDIT = 'Tranh minh họa do máy vẽ';

const FAR = '#a9c6c0';
const MID = '#7fa99a';
const NEAR = '#5d8c6e';
const LEAVES = ['#4f7d4f', '#5b8f55', '#3f6b45'];
const FLOWERS = ['#f28482', '#f6bd60', '#ffffff', '#e76f51', '#f7a1c4'];
const CONCRETE = '#d9d4c7';

/** Hills fading into the distance under a morning sky: the start of most outdoor scenes. */
function hillsBackdrop(rng: Rng, horizon: number, warm = false): string {
  return (
    sky('sky', warm ? '#f7d9a8' : '#bfe0ec', warm ? '#fbeed5' : '#eef6ef') +
    sun(WIDTH * (0.2 + rng.next() * 0.6), horizon - 260, 60, warm ? '#fff1c9' : '#fffbe8') +
    clouds(rng, 4, 80, horizon - 300) +
    ridge(rng, horizon - 150, 140, FAR, 5) +
    mist('mist-far', horizon - 120, 90) +
    ridge(rng, horizon - 40, 130, MID, 6)
  );
}

/** The scenes, one per article of the sample that has no cover of its own. */
export const SCENES: CoverScene[] = [
  {
    slug: 'toi-muon-bien-noi-khi-ho-co-gay-nay-thanh-noi-dang-song',
    alt: 'Tranh minh họa: con đường bê tông vắt qua những quả đồi vào thôn, một bên là rừng keo, một bên là khe suối, hai bên đường trồng hoa.',
    draw: (rng) =>
      hillsBackdrop(rng, 560) +
      treeRow(rng, [-20, 520], [620, 560], 16, 0.9, LEAVES) +
      ground(640, '#8fbf6a', 20) +
      treeRow(rng, [-40, 700], [520, 640], 9, 1.6, LEAVES) +
      band(
        [
          [1020, 1020],
          [940, 860],
          [1060, 720],
          [980, 620],
        ],
        150,
        16,
        '#79b4d3',
        '#5b9bbf',
      ) +
      band(
        [
          [600, 1020],
          [700, 860],
          [760, 720],
          [820, 610],
        ],
        380,
        40,
        CONCRETE,
        '#bdb6a6',
      ) +
      house(900, 610, 0.55) +
      stiltHouse(1120, 620, 0.45) +
      house(1320, 640, 0.6, '#f3e6cf', '#a44a3f') +
      flowerBed(rng, 320, 520, 990, FLOWERS, 1.6) +
      flowerBed(rng, 520, 620, 860, FLOWERS, 1.1) +
      flowerBed(rng, 760, 810, 760, FLOWERS, 0.8),
  },
  {
    slug: 'lan-toa-nhung-viec-lam-theo-bac-trong-cong-dong',
    alt: 'Tranh minh họa: những dãy nhà màng trồng rau bên cánh đồng, phía sau là các nếp nhà và đồi xanh của một thôn miền núi.',
    draw: (rng) =>
      hillsBackdrop(rng, 560, true) +
      treeRow(rng, [0, 560], [1600, 580], 24, 0.8, LEAVES) +
      house(200, 590, 0.5) +
      stiltHouse(420, 600, 0.4) +
      house(1350, 600, 0.55, '#f3e6cf') +
      ground(620, '#a6cf7a') +
      greenhouse(560, 760, 1.2) +
      greenhouse(980, 760, 1.2) +
      greenhouse(760, 900, 1.6) +
      greenhouse(1300, 900, 1.6) +
      band(
        [
          [140, 1020],
          [260, 800],
          [380, 640],
        ],
        220,
        30,
        '#d9c9a3',
      ) +
      tree(90, 980, 1.6, LEAVES[0]),
  },
  {
    slug: 'hoc-va-lam-theo-bac-tro-thanh-nhu-cau-tu-than',
    alt: 'Tranh minh họa: buổi sớm trên một thung lũng miền núi, con đường bê tông uốn lượn qua ruộng bậc thang dẫn tới những mái nhà dưới chân đồi.',
    draw: (rng) =>
      hillsBackdrop(rng, 520, true) +
      house(620, 520, 0.45) +
      stiltHouse(820, 530, 0.38) +
      house(1000, 525, 0.45, '#f3e6cf') +
      terraces(
        rng,
        { left: 200, right: 1400, top: 560, rowHeight: 62, rows: 8 },
        {
          fields: ['#b9d77a', '#a9cc6c', '#c5de8c'],
          bank: '#7f9d4f',
        },
      ) +
      band(
        [
          [520, 1020],
          [760, 860],
          [640, 700],
          [820, 540],
        ],
        300,
        30,
        CONCRETE,
        '#bdb6a6',
      ) +
      tree(1460, 1000, 1.8, LEAVES[2]) +
      tree(130, 1000, 1.5, LEAVES[1]),
  },
  {
    slug: 'khi-nguoi-dan-la-chu-the',
    alt: 'Tranh minh họa: đoạn đường thôn đang được đổ bê tông giữa cánh đồng, bên cạnh là đống cát, những bao xi măng, chiếc xe cút kít và cái xẻng.',
    draw: (rng) =>
      hillsBackdrop(rng, 540) +
      treeRow(rng, [0, 560], [1600, 570], 22, 0.8, LEAVES) +
      ground(600, '#b3d37f') +
      band(
        [
          [820, 1020],
          [800, 800],
          [780, 600],
        ],
        420,
        60,
        '#c9a878',
      ) +
      band(
        [
          [820, 1020],
          [806, 880],
          [796, 790],
        ],
        420,
        150,
        CONCRETE,
        '#bdb6a6',
      ) +
      roadWorks(430, 900, 1.1) +
      house(1200, 610, 0.6) +
      stiltHouse(1420, 620, 0.45) +
      tree(1380, 1000, 1.7, LEAVES[0]),
  },
  {
    slug: 'giu-vung-tieu-chi-huong-toi-nong-thon-moi-nang-cao',
    alt: 'Tranh minh họa: nhà văn hóa thôn sáng đèn lúc chiều tối, trước sân là con đường làng sạch sẽ với hàng rào xanh.',
    draw: (rng) =>
      sky('sky', '#5b5f8a', '#f2a97e') +
      sun(300, 520, 70, '#ffd9a0') +
      ridge(rng, 430, 120, '#6e6a8e', 5) +
      ridge(rng, 520, 110, '#4f5f73', 6) +
      ground(620, '#4f6b4f') +
      hall(800, 680, 1.3, true) +
      house(260, 660, 0.6, '#e9dcc0', '#8e3b2e', true) +
      house(1350, 660, 0.6, '#e9dcc0', '#8e3b2e', true) +
      band(
        [
          [800, 1020],
          [800, 700],
        ],
        700,
        260,
        '#c8c1b2',
      ) +
      `<rect x="0" y="760" width="430" height="40" rx="20" fill="#3f6b45"/><rect x="1170" y="760" width="430" height="40" rx="20" fill="#3f6b45"/>` +
      flowerBed(rng, 40, 380, 900, ['#ffd166', '#ffffff', '#f28482'], 1.4) +
      flowerBed(rng, 1220, 1560, 900, ['#ffd166', '#ffffff', '#f28482'], 1.4),
  },
  {
    slug: 'bua-com-co-thit-cua-hoc-tro-pac-nam',
    alt: 'Tranh minh họa: điểm trường nhỏ giữa núi lúc sáng sớm, khói bếp bay lên từ gian bếp cạnh dãy lớp học, bên cạnh là vườn rau.',
    draw: (rng) =>
      hillsBackdrop(rng, 600, true) +
      mist('mist-near', 580, 120, 0.7) +
      ground(680, '#9cc46e', 15) +
      school(700, 720, 1.3) +
      `<rect x="260" y="820" width="1080" height="14" fill="#8a6446" opacity="0.5"/>` +
      flowerBed(rng, 180, 560, 930, ['#7fbf5a', '#9ad06c', '#5e9e48'], 1.8) +
      flowerBed(rng, 180, 560, 990, ['#7fbf5a', '#9ad06c', '#5e9e48'], 1.8) +
      tree(1400, 980, 1.8, LEAVES[1]) +
      tree(120, 760, 1.1, LEAVES[0]),
  },
  {
    slug: 'chi-bi-thu-va-nhung-ngay-chu-nhat-xanh',
    alt: 'Tranh minh họa: con đường chính của thôn vào sáng Chủ nhật, hai bên là những luống hoa mới trồng, bên đường dựng chiếc chổi và chiếc xe gom rác.',
    draw: (rng) =>
      hillsBackdrop(rng, 560) +
      house(360, 600, 0.6) +
      stiltHouse(1180, 610, 0.5) +
      ground(630, '#a8d080') +
      band(
        [
          [800, 1020],
          [780, 800],
          [820, 630],
        ],
        640,
        70,
        '#d6d0c2',
      ) +
      flowerBed(rng, 120, 470, 960, FLOWERS, 1.6) +
      flowerBed(rng, 1130, 1480, 960, FLOWERS, 1.6) +
      flowerBed(rng, 560, 690, 760, FLOWERS, 0.9) +
      flowerBed(rng, 880, 1020, 760, FLOWERS, 0.9) +
      // A broom leaning on a post and a small rubbish cart by the road.
      `<path d="M1510 980 L1560 700" stroke="#8a6446" stroke-width="10"/><path d="M1490 990 L1540 990 L1522 930 L1500 930 Z" fill="#c9a65a"/>` +
      `<rect x="60" y="820" width="170" height="110" rx="10" fill="#3f8f6b"/><circle cx="100" cy="940" r="24" fill="#2b2b2b"/><circle cx="195" cy="940" r="24" fill="#2b2b2b"/>` +
      tree(1300, 640, 0.8, LEAVES[0]) +
      tree(520, 640, 0.8, LEAVES[2]),
  },
  {
    slug: 'nguoi-tho-rung-khong-bo-nui',
    alt: 'Tranh minh họa: sương vắt ngang sườn núi, con đường mòn dẫn lên dải đồi trồng những hàng cây non, bên đường là chiếc gùi tre.',
    draw: (rng) =>
      sky('sky', '#d6e4e1', '#f3f1e7') +
      ridge(rng, 380, 160, '#b9cdc6', 4) +
      mist('mist-high', 400, 140, 0.8) +
      ridge(rng, 560, 160, '#8bb09e', 5) +
      treeRow(rng, [0, 520], [1600, 470], 34, 0.7, ['#5f8f6a', '#6e9f75']) +
      mist('mist-mid', 580, 120, 0.7) +
      ground(700, '#7fae6a', -40) +
      treeRow(rng, [0, 740], [1600, 700], 18, 1, LEAVES) +
      treeRow(rng, [0, 860], [1600, 820], 14, 0.55, ['#8cc37a', '#9ad06c']) +
      band(
        [
          [700, 1020],
          [900, 880],
          [780, 760],
          [960, 640],
        ],
        170,
        24,
        '#c9a878',
      ) +
      basket(560, 990, 1.6) +
      slimTree(1500, 1010, 2.6, LEAVES[2]),
  },
  {
    slug: 'moi-can-bo-dang-vien-dang-ky-ba-viec-lam-theo-bac',
    alt: 'Tranh minh họa: cuốn sổ mở trên bàn gỗ với ba dòng đã được đánh dấu, bên cạnh là cây bút và chén trà; ngoài cửa sổ là những quả đồi xanh.',
    draw: (rng) =>
      wallWithWindow(rng, '#efe4cf', { x: 900, y: 90, w: 520, h: 380 }) +
      tableTop(560) +
      notebook(260, 600, 3) +
      pen(920, 640) +
      teaCup(1300, 770),
  },
  {
    slug: 'lam-du-lich-cong-dong-ben-ho',
    alt: 'Tranh minh họa: mặt hồ phẳng lặng giữa những dãy núi đá, hai chiếc thuyền nhỏ trên mặt nước và những nếp nhà sàn bên bờ.',
    draw: (rng) =>
      sky('sky', '#cfe6ee', '#f4efe0') +
      sun(1200, 220, 55, '#fff8dc') +
      karst(rng, 560, 330, '#9dbfb6', 6) +
      mist('mist-lake', 520, 110, 0.7) +
      karst(rng, 600, 230, '#6f9d8c', 8) +
      `<rect x="0" y="600" width="${WIDTH}" height="${HEIGHT - 600}" fill="#7fb3c9"/>` +
      `<g stroke="#ffffff" stroke-opacity="0.35" stroke-width="4"><path d="M120 690 L420 690"/><path d="M900 740 L1300 740"/><path d="M300 850 L700 850"/><path d="M1100 900 L1500 900"/></g>` +
      `<path d="M0 640 Q380 650 640 750 Q420 820 0 840 Z" fill="#6f9f63"/>` +
      stiltHouse(230, 700, 0.55) +
      stiltHouse(470, 720, 0.42, '#6b4a33') +
      tree(80, 720, 0.9, LEAVES[0]) +
      boat(900, 700, 0.7) +
      boat(1250, 860, 1.1, true),
  },
  {
    slug: 'tu-sach-nho-giua-khu-pho',
    alt: 'Tranh minh họa: những giá sách đầy sách dưới mái hiên nhà văn hóa khu phố, phía trước là mấy chiếc ghế nhựa xanh, đỏ.',
    draw: (rng) =>
      `<rect width="${WIDTH}" height="${HEIGHT}" fill="#f2e3c2"/>` +
      `<path d="M0 0 L${WIDTH} 0 L${WIDTH} 110 L0 170 Z" fill="#9c3f2e"/><path d="M0 170 L${WIDTH} 110" stroke="#7c3224" stroke-width="14"/>` +
      bookshelf(rng, 180, 240, 560, 4) +
      bookshelf(rng, 860, 240, 560, 4) +
      `<rect x="0" y="850" width="${WIDTH}" height="${HEIGHT - 850}" fill="#c9b79a"/>` +
      stool(330, 990, '#2e86ab') +
      stool(640, 990, '#c0392b') +
      stool(1010, 990, '#2e86ab') +
      stool(1320, 990, '#f1c40f'),
  },
  {
    slug: 'loi-hay-viec-tot-cua-nguoi-chien-si-ao-xanh',
    alt: 'Tranh minh họa: một trụ sở nhỏ mái xanh bên con đường miền núi, trước cửa dựng một chiếc xe máy, hai bên là cây xanh.',
    draw: (rng) =>
      hillsBackdrop(rng, 560) +
      ground(650, '#9cc878') +
      office(800, 760, 1.35) +
      tree(250, 790, 1.4, LEAVES[0]) +
      tree(1380, 790, 1.5, LEAVES[1]) +
      `<rect x="0" y="820" width="${WIDTH}" height="180" fill="#cfc9bb"/><path d="M0 910 L${WIDTH} 910" stroke="#f4f1e8" stroke-width="8" stroke-dasharray="70 50"/>` +
      motorbike(1080, 870, 1.3) +
      flowerBed(rng, 520, 660, 800, FLOWERS, 1.1) +
      flowerBed(rng, 940, 1080, 800, FLOWERS, 1.1),
  },
  {
    slug: '70-co-quan-do-dau-60-xa-kho-khan',
    alt: 'Tranh minh họa: chiếc cầu bê tông nhỏ bắc qua dòng suối trên con đường dẫn vào những ngôi nhà của một xã vùng cao.',
    draw: (rng) =>
      hillsBackdrop(rng, 520) +
      house(980, 560, 0.5) +
      stiltHouse(1200, 570, 0.4) +
      house(1400, 560, 0.5, '#f3e6cf') +
      ground(600, '#98c476') +
      treeRow(rng, [0, 640], [560, 620], 9, 1, LEAVES) +
      band(
        [
          [620, 1020],
          [760, 880],
          [700, 760],
          [860, 620],
        ],
        460,
        40,
        '#6fa8c7',
        '#5b95b5',
      ) +
      `<g stroke="#ffffff" stroke-opacity="0.5" stroke-width="5"><path d="M600 960 L700 955"/><path d="M760 880 L820 878"/></g>` +
      band(
        [
          [-60, 800],
          [800, 770],
          [1660, 640],
        ],
        100,
        50,
        CONCRETE,
        '#bdb6a6',
        'y',
      ) +
      bridgeRailing([560, 742], [930, 724]) +
      bridgeRailing([560, 822], [930, 800]) +
      tree(140, 1000, 1.6, LEAVES[2]) +
      tree(1430, 1000, 1.4, LEAVES[0]),
  },
  {
    slug: 'mua-cay-ai-tren-ruong-bac-thang',
    alt: 'Tranh minh họa: ruộng bậc thang đã gặt xếp tầng trên sườn núi, một con trâu kéo cày trên thửa ruộng thấp gần bờ suối.',
    draw: (rng) =>
      sky('sky', '#c9d9dc', '#efe6d2') +
      clouds(rng, 3, 60, 200, '#f5f5f5') +
      ridge(rng, 300, 140, '#a7bdb4', 5) +
      ridge(rng, 360, 80, '#7fa99a', 5) +
      treeRow(rng, [0, 420], [1600, 400], 26, 0.9, LEAVES) +
      terraces(
        rng,
        { left: 300, right: 1300, top: 300, rowHeight: 70, rows: 10 },
        {
          fields: ['#c9a46a', '#b89058', '#d3b27a'],
          bank: '#8f6d3f',
        },
      ) +
      treeRow(rng, [0, 320], [500, 300], 8, 0.8, LEAVES) +
      buffaloPlough(820, 930, 1.3) +
      band(
        [
          [1600, 1000],
          [1500, 900],
          [1560, 820],
        ],
        160,
        40,
        '#79b4d3',
      ),
  },
  {
    slug: 'nhung-chuyen-xe-nghia-tinh-cua-tuoi-tre-nganh-y',
    alt: 'Tranh minh họa: chiếc xe thùng màu trắng chạy trên con đường núi quanh co, hướng về một thôn vùng sâu dưới chân đồi.',
    draw: (rng) =>
      hillsBackdrop(rng, 560, true) +
      stiltHouse(1250, 560, 0.35) +
      house(1420, 560, 0.4) +
      ground(640, '#97c272', 30) +
      band(
        [
          [-100, 960],
          [500, 900],
          [1000, 760],
          [1300, 620],
        ],
        130,
        16,
        CONCRETE,
        '#bdb6a6',
        'y',
      ) +
      van(560, 945, 1.3) +
      treeRow(rng, [0, 700], [450, 690], 7, 1.1, LEAVES) +
      tree(1380, 1000, 2, LEAVES[1]),
  },
  {
    slug: 'ong-dung-va-nhung-dan-ong',
    alt: 'Tranh minh họa: hàng thùng ong bằng gỗ đặt dưới tán cây trong khu vườn đồi, xung quanh là những khóm hoa và đàn ong bay.',
    draw: (rng) =>
      hillsBackdrop(rng, 520, true) +
      ground(620, '#9fcb73', 25) +
      tree(200, 760, 2.6, LEAVES[0]) +
      tree(1450, 760, 2.4, LEAVES[2]) +
      beehive(420, 880, 1.3) +
      beehive(720, 860, 1.3) +
      beehive(1020, 880, 1.3) +
      beehive(1290, 860, 1.3) +
      bees(rng, 760, 620, 16) +
      flowerBed(rng, 100, 1500, 990, ['#f6bd60', '#ffffff', '#f7a1c4', '#e9c46a'], 1.5),
  },
  {
    slug: 'dong-von-nho-nghia-tinh-lon',
    alt: 'Tranh minh họa: cuốn sổ dày đã sờn gáy và chiếc hộp gỗ đặt trên bàn dưới ánh đèn trong gian nhà văn hóa thôn buổi tối.',
    draw: (rng) =>
      wallWithWindow(rng, '#d9c6a5', { x: 140, y: 110, w: 420, h: 320 }, true) +
      lamp(1000, 150) +
      tableTop(560, '#9c6a44') +
      ledger(330, 640) +
      moneyBox(1000, 640) +
      pen(820, 880),
  },
  {
    slug: 'giu-rung-nhu-giu-nha',
    alt: 'Tranh minh họa: những đồi rừng trồng xanh thẫm, trên đỉnh đồi là chòi canh lửa, phía trước là cành đào chớm nở.',
    draw: (rng) =>
      sky('sky', '#cfe3ea', '#f6efdf') +
      clouds(rng, 4, 70, 260) +
      ridge(rng, 420, 130, '#a5c2b3', 5) +
      `<path d="M300 620 Q650 300 1000 620 Z" fill="#6f9f7c"/>` +
      watchTower(650, 470, 0.9) +
      treeRow(rng, [320, 600], [980, 600], 14, 0.7, ['#3f6b45', '#4f7d4f']) +
      ridge(rng, 700, 120, '#4f7d5a', 6) +
      treeRow(rng, [0, 760], [1600, 740], 26, 1, ['#3f6b45', '#355e3c', '#4f7d4f']) +
      ground(880, '#46704c', 20) +
      treeRow(rng, [0, 960], [1600, 940], 12, 1.6, ['#2f5a37', '#3f6b45']) +
      peachBranch(rng, 1600, 20, 1.4),
  },
];

/** A number from a slug, so that each scene's random details are the same on every run. */
export function seedOf(slug: string): number {
  let hash = 0x811c9dc5;
  for (const char of slug) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

/** The SVG document of a scene. */
export function sceneSvg(scene: CoverScene): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `${scene.draw(createRng(seedOf(scene.slug)))}</svg>`
  );
}
