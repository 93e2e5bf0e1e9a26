import { Alert, Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props<T> = {
  open: boolean;
  title: string;
  name: string;
  form: FormInstance<T>;
  pending: boolean;
  /** The server's message when saving failed for a reason no field shows. */
  banner: string | null;
  initialValues?: Partial<T>;
  /** Wider dialogs for long forms (default antd width). */
  width?: number;
  /** The confirm button's text (default 保存). */
  okText?: string;
  onFinish: (values: T) => void;
  onClose: () => void;
  onAfterClose: () => void;
  children: ReactNode;
};

/** A dialog holding one vertical form, with Save/Cancel and an error banner above the fields. */
export function FormModal<T>(props: Props<T>) {
  const { t } = useTranslation();
  return (
    <Modal
      open={props.open}
      title={props.title}
      width={props.width}
      okText={props.okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={props.pending}
      onOk={() => props.form.submit()}
      onCancel={props.onClose}
      afterClose={props.onAfterClose}
      destroyOnHidden
    >
      {props.banner && <Alert type="error" showIcon title={props.banner} style={{ marginBottom: 16 }} />}
      <Form
        form={props.form}
        name={props.name}
        layout="vertical"
        preserve={false}
        onFinish={props.onFinish}
        initialValues={props.initialValues}
      >
        {props.children}
      </Form>
    </Modal>
  );
}
