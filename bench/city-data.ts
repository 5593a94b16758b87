/**
 * A city at scale on top of the demo: `units` units (counties → townships and departments →
 * institutions) and `persons` persons spread over them, written with set-based inserts so a
 * benchmark can start in seconds. Used by city-scale.bench.ts.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../server/src/db/client';
import { newId } from '../server/src/db/columns';
import { unit } from '../server/src/platform/org/org.table';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁琳晨欣雪梅兰婷';
const POSITIONS = ['科员', '副科长', '科长', '副局长', '局长', '主任', '副主任', '办事员'];

export interface CityScale {
  units: number;
  persons: number;
}

/** Adds the units and persons under the demo city's government; returns the counts added. */
export async function addCity(db: Db, scale: CityScale): Promise<CityScale> {
  const [root] = await db.select({ id: unit.id, path: unit.path }).from(unit).where(eq(unit.code, 'C000'));
  if (!root) throw new Error('the demo city is not loaded');
  const now = new Date();
  const units: { id: string; parentId: string; path: string; name: string; kind: string; level: string }[] =
    [];
  // 30 counties, each with townships and departments, each department with institutions, until `units`.
  const counties = Math.max(1, Math.round(scale.units / 100));
  for (let c = 0; c < counties && units.length < scale.units; c++) {
    const id = newId();
    const county = {
      id,
      parentId: root.id,
      path: `${root.path}${id}/`,
      name: `第${c + 1}县人民政府`,
      kind: 'government',
      level: 'county',
    };
    units.push(county);
    for (let d = 0; units.length < scale.units && d < 99; d++) {
      const uid = newId();
      const township = d % 3 === 0;
      units.push({
        id: uid,
        parentId: county.id,
        path: `${county.path}${uid}/`,
        name: township ? `第${c + 1}县第${d + 1}乡镇人民政府` : `第${c + 1}县第${d + 1}局`,
        kind: township ? 'government' : 'department',
        level: township ? 'township' : 'county',
      });
    }
  }
  for (let i = 0; i < units.length; i += 500) {
    const batch = units.slice(i, i + 500);
    await db.execute(sql`insert into unit (id, parent_id, path, name, kind, level, sort_order, created_at, updated_at)
      select * from jsonb_to_recordset(${JSON.stringify(
        batch.map((u, j) => ({
          id: u.id,
          parent_id: u.parentId,
          path: u.path,
          name: u.name,
          kind: u.kind,
          level: u.level,
          sort_order: 1000 + i + j,
          created_at: now,
          updated_at: now,
        })),
      )}::jsonb)
      as x(id uuid, parent_id uuid, path text, name text, kind text, level text, sort_order int, created_at timestamptz, updated_at timestamptz)`);
  }
  for (let i = 0; i < scale.persons; i += 2000) {
    const batch = Array.from({ length: Math.min(2000, scale.persons - i) }, (_, j) => {
      const n = i + j;
      return {
        id: newId(),
        unit_id: units[n % units.length]!.id,
        name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}${n % 3 === 0 ? GIVEN[(n * 13) % GIVEN.length] : ''}`,
        position: POSITIONS[n % POSITIONS.length],
        is_leader: n % 10 === 0,
      };
    });
    await db.execute(sql`insert into person (id, unit_id, name, position, is_leader, created_at, updated_at)
      select id, unit_id, name, position, is_leader, ${now}, ${now}
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
      as x(id uuid, unit_id uuid, name text, position text, is_leader boolean)`);
  }
  await db.execute(sql`analyze`);
  return { units: units.length, persons: scale.persons };
}
