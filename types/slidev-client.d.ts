/**
 * The part of `@slidev/client`'s public API (its index.ts) this deck uses, typed for our checker.
 *
 * Why a declaration instead of the package's own types: `@slidev/client` ships TypeScript source
 * that relies on build-time globals (`__DEV__`, `__SLIDEV_HAS_SERVER__`) and virtual modules, and does
 * not compile under this project's strict flags (noUncheckedIndexedAccess). tsconfig's `paths` points
 * the type checker here; Vite still resolves the real package. Signatures copied from Slidev 52.20.1.
 */
import type { ComputedRef, Ref } from 'vue'

export interface SlidevNav {
  /** 1-based number of the slide on screen. */
  currentPage: ComputedRef<number>
  total: ComputedRef<number>
  /** True in `?print` and on the export route. */
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
  go: (no: number | string, clicks?: number, force?: boolean) => Promise<void>
  /** Every slide's route, in order. */
  slides: ComputedRef<readonly SlideRoute[]>
}

/**
 * A slide's route: `meta.preload` is its frontmatter's `preload`; `meta.slide` what Slidev parsed,
 * its speaker notes rendered to HTML (Markdown and KaTeX) at build time; `load` fetches its code.
 */
export interface SlideRoute {
  no: number
  meta: { preload?: boolean, slide?: { title?: string, noteHTML: string } }
  load: () => Promise<unknown>
}

export declare function useNav(): SlidevNav

export declare function useDarkMode(): {
  isDark: Ref<boolean>
  toggleDark: () => void
}

export declare function onSlideEnter(callback: () => void): void
export declare function onSlideLeave(callback: () => void): void
export declare function useIsSlideActive(): ComputedRef<boolean>

/** Where a component renders: the slide show, the presenter's current slide, its next-slide preview, ... */
export type RenderContext = 'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'

export declare function useSlideContext(): {
  /** 1-based number of the slide this component is on. */
  $page: ComputedRef<number>
  $renderContext: Ref<RenderContext>
  $nav: Ref<{ currentSlideNo: number }>
}

export declare function createSyncState<State extends object>(serverState: State, defaultState: State, persist?: boolean): {
  init: (channelKey: string) => void
  onPatch: (fn: (state: State) => void) => void
  onUpdate: (patch: Partial<State>) => void
  patch: <K extends keyof State>(key: K, value: State[K]) => void
  state: State
}
