/** The components every article may use without importing them (see src/lib/mdxComponents.ts). */
import FactBox from './FactBox.astro';
import Figure from './Figure.astro';
import ModelCard from './ModelCard.astro';
import PersonCard from './PersonCard.astro';
import PullQuote from './PullQuote.astro';
import Timeline from './Timeline.astro';

export const mdxComponents = { FactBox, Figure, ModelCard, PersonCard, PullQuote, Timeline };
