import type { ServiceContext } from '../services';

export function assessmentHandlers(_ctx: ServiceContext) {
  return {} as const;
}
