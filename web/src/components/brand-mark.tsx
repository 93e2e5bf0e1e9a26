/** The app's mark: a house (驻村干部家园) on the brand red. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#b4232a" />
      <path d="M14 34 32 18l18 16v16H38V38H26v12H14z" fill="#fff" />
    </svg>
  );
}
