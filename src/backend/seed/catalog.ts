import type { Product } from '@/domain';

export const CATALOG: readonly Product[] = [
  { id: 'prd_murano_bead', name: 'Murano Bead', priceCents: 1299, kind: 'standard', restricted: false },
  { id: 'prd_bracelet_charm', name: 'Bracelet Charm', priceCents: 1499, kind: 'standard', restricted: false },
  { id: 'prd_classic_bracelet', name: 'Classic Bracelet', priceCents: 3999, kind: 'standard', restricted: false },
  { id: 'prd_silver_chain', name: 'Silver Chain', priceCents: 2499, kind: 'standard', restricted: false },
  { id: 'prd_windproof_lighter', name: 'Windproof Lighter', priceCents: 1999, kind: 'standard', restricted: true },
  { id: 'prd_photo_watch', name: 'Photo Watch', priceCents: 5999, kind: 'personalized', restricted: false },
  { id: 'prd_name_necklace', name: 'Name Necklace', priceCents: 4499, kind: 'personalized', restricted: false },
  { id: 'prd_engraved_bangle', name: 'Engraved Bangle', priceCents: 3499, kind: 'personalized', restricted: false },
  { id: 'prd_music_plaque', name: 'Spotify Music Plaque', priceCents: 2999, kind: 'personalized', restricted: false },
  { id: 'prd_engraved_lighter', name: 'Engraved Lighter', priceCents: 2799, kind: 'personalized', restricted: true },
];

export const CATALOG_BY_ID: ReadonlyMap<string, Product> = new Map(CATALOG.map((p) => [p.id, p]));
