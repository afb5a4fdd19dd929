/** Due dates relative to the local day, chosen so their group never depends on the hour a test runs. */
import { addDays, setHours, startOfDay } from 'date-fns';

export function localNoon(daysFromToday: number, hour = 12): string {
  return setHours(addDays(startOfDay(new Date()), daysFromToday), hour).toISOString();
}
