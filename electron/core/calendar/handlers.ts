import type { ServiceContext } from '../services';

export function calendarHandlers(_ctx: ServiceContext) {
  return {} as const;
}
