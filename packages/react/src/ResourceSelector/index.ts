export { defaultResourceSelectorLocalization, ResourceSelector } from './ResourceSelector';
export type { ResourceSelectorLocalization, ResourceSelectorProps } from './ResourceSelector';
export { useResourceSelector } from './useResourceSelector';
export type { ResourceChoice, ResourceSelectorState, UseResourceSelectorOptions } from './useResourceSelector';
