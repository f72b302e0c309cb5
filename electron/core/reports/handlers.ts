import type { ServiceContext } from '../services';

export function reportHandlers(_ctx: ServiceContext) {
  return {} as const;
}
