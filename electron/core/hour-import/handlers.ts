import type { ServiceContext } from '../services';

export function hourImportHandlers(_ctx: ServiceContext) {
  return {} as const;
}
