import { useTranslation } from 'react-i18next';
import { type TUnmasked, useUnmaskCadre } from '../../api/cadres.ts';
import { ReasonModal } from '../../components/reason-modal.tsx';

type Props = { cadreId: number; open: boolean; onClose: () => void; onUnmasked: (values: TUnmasked) => void };

/** Asks why the full ID number and phone are needed (the server audits it), then hands them back. */
export function UnmaskModal({ cadreId, open, onClose, onUnmasked }: Props) {
  const { t } = useTranslation();
  const unmask = useUnmaskCadre();
  return (
    <ReasonModal
      open={open}
      name="unmask-cadre"
      title={t('cadre.unmaskTitle')}
      pending={unmask.isPending}
      onClose={onClose}
      onReason={(reason) => unmask.mutateAsync({ id: cadreId, reason }).then(onUnmasked)}
    />
  );
}
