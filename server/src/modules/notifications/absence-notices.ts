import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { divisions, persons } from '../../db/schema.ts';

/** A leave or official-duty request as a notification names it. */
type TAbsenceLike = {
  id: number;
  personId: number;
  villageCode: string;
  kind: string;
  startDate: string;
  endDate: string;
};

/** A person's name, for a notification that names whose request or leave it is about. */
export async function findPersonName(exec: TDb, personId: number): Promise<string> {
  const [row] = await exec
    .select({ name: persons.name })
    .from(persons)
    .where(eq(persons.id, personId))
    .limit(1);
  return row?.name ?? '';
}

/**
 * What every notification about a leave or official-duty request names (the bell renders it in the
 * reader's language): whose it is, in which village, what kind, and its days.
 */
export async function absenceParamsOf(exec: TDb, a: TAbsenceLike) {
  const [village] = await exec
    .select({ name: divisions.name })
    .from(divisions)
    .where(eq(divisions.code, a.villageCode))
    .limit(1);
  return {
    absenceId: a.id,
    kind: a.kind,
    startDate: a.startDate,
    endDate: a.endDate,
    personName: await findPersonName(exec, a.personId),
    villageName: village?.name ?? a.villageCode,
  };
}
