import { Typography } from 'antd';
import { Link } from 'react-router';

export type TPartTile = { code: string; name: string; value: number; to: string | null };

/** A colour from green (none) through amber to red (the most of the division). */
function toneOf(value: number, max: number): string {
  if (value === 0 || max === 0) return '#f6ffed';
  const share = value / max;
  return share > 0.66 ? '#fff1f0' : share > 0.33 ? '#fff7e6' : '#fffbe6';
}

function Tile({ tile, tone }: { tile: TPartTile; tone: string }) {
  const body = (
    <div style={{ background: tone, border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 10px' }}>
      <Typography.Text style={{ display: 'block' }} ellipsis>
        {tile.name}
      </Typography.Text>
      <span style={{ fontSize: 20, fontWeight: 600 }}>{tile.value}</span>
    </div>
  );
  return tile.to ? (
    <Link to={tile.to} aria-label={`${tile.name} ${tile.value}`}>
      {body}
    </Link>
  ) : (
    body
  );
}

/**
 * The division's parts as labelled tiles in code order (never ranked), tinted by their value: the map's
 * stand-in when no village has a location. Each tile opens the part's records.
 */
export function PartTiles({ tiles }: { tiles: TPartTile[] }) {
  const max = Math.max(0, ...tiles.map((t) => t.value));
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(112px, 1fr))', gap: 8 }}>
      {tiles.map((t) => (
        <Tile key={t.code} tile={t} tone={toneOf(t.value, max)} />
      ))}
    </div>
  );
}
