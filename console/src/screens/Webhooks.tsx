import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import { WEBHOOK_EVENTS } from '../../../shared/domain/webhooks.js';
import { formErrorOf } from '../errors.js';
import type { ScreenProps } from '../screen.js';
import { DataTable } from '../table.js';
import { type Crumb, Field, FieldGroup, FormMessage, Loadable, OneTimeToken, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';
import {
  projectWebhookCalls,
  type WebhookCalls,
  type WebhookDelivery,
  workspaceWebhookCalls,
} from '../webhook-calls.js';
import { When } from '../when.js';

/** A workspace's or a project's webhook endpoints: add one (its secret shown once), test it, read its deliveries. */
export const Webhooks = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const { workspaceId, projectId } = params;
  const calls = useMemo(
    () =>
      workspaceId === undefined
        ? projectWebhookCalls(client, projectId!)
        : workspaceWebhookCalls(client, workspaceId),
    [client, workspaceId, projectId],
  );
  const crumbs: Crumb[] =
    workspaceId === undefined
      ? [
          ['Projects', '/projects'],
          [{ type: 'project', id: projectId! }, `/projects/${projectId}`],
        ]
      : [
          ['Workspaces', '/'],
          [{ type: 'workspace', id: workspaceId }, `/workspaces/${workspaceId}`],
        ];
  return <WebhookScreen calls={calls} crumbs={crumbs} />;
};

const WebhookScreen = ({ calls, crumbs }: { calls: WebhookCalls; crumbs: Crumb[] }) => {
  const { state, reload } = useLoad(() => calls.list(), [calls.owner]);
  const [secret, setSecret] = useState<string>();
  const [open, setOpen] = useState<string>();
  const [error, setError] = useState<string>();
  const act = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      reload();
    } catch (failure) {
      setError(formErrorOf(failure).message);
    }
  };
  return (
    <>
      <PageHeader title="Webhooks" crumbs={crumbs} />
      {secret !== undefined && (
        <OneTimeToken value={secret} what="signing secret" onDone={() => setSecret(undefined)} />
      )}
      <FormMessage message={error} />
      <Loadable state={state}>
        {(endpoints) => (
          <>
            <DataTable
              label="Webhook endpoints"
              header={<Header variant="h2">Endpoints</Header>}
              rows={endpoints}
              rowKey={(endpoint) => endpoint.id}
              empty="No webhook endpoints yet."
              columns={[
                { header: 'URL', cell: (endpoint) => <code>{endpoint.url}</code> },
                { header: 'Events', cell: (endpoint) => endpoint.events.join(', ') },
                { header: 'Created', cell: (endpoint) => <When iso={endpoint.createdAt} /> },
                {
                  header: 'Actions',
                  hiddenHeader: true,
                  cell: (endpoint) => (
                    <SpaceBetween direction="horizontal" size="xs">
                      <Button variant="inline-link" onClick={() => setOpen(endpoint.id)}>
                        Deliveries
                      </Button>
                      <Button variant="inline-link" onClick={() => act(() => calls.sendTest(endpoint.id))}>
                        Send test
                      </Button>
                      <Button variant="inline-link" onClick={() => act(() => calls.remove(endpoint.id))}>
                        Delete
                      </Button>
                    </SpaceBetween>
                  ),
                },
              ]}
            />
            {open !== undefined && <Deliveries calls={calls} webhookId={open} />}
            <AddEndpoint
              onAdd={async (body) => setSecret((await calls.create(body)).secret)}
              onAdded={reload}
            />
          </>
        )}
      </Loadable>
    </>
  );
};

/** An endpoint's latest deliveries: status, attempts, the last answer; failed ones can be sent again. */
const Deliveries = ({ calls, webhookId }: { calls: WebhookCalls; webhookId: string }) => {
  const { state, reload } = useLoad(() => calls.deliveries(webhookId), [webhookId]);
  const lastAnswer = (delivery: WebhookDelivery) => {
    const last = delivery.attempts.at(-1);
    if (last === undefined) return '—';
    return `${last.status ?? last.error ?? '—'} in ${last.durationMs} ms`;
  };
  return (
    <section aria-label="Deliveries" data-testid="deliveries">
      <Loadable state={state}>
        {(deliveries) => (
          <DataTable
            label="Deliveries"
            header={
              <Header variant="h2" actions={<Button onClick={reload}>Refresh</Button>}>
                Deliveries
              </Header>
            }
            rows={deliveries}
            rowKey={(delivery) => delivery.id}
            empty="No deliveries yet."
            columns={[
              { header: 'Event', cell: (delivery) => delivery.type },
              { header: 'Status', cell: (delivery) => delivery.status },
              { header: 'Attempts', cell: (delivery) => String(delivery.attempts.length) },
              { header: 'Last answer', cell: lastAnswer },
              { header: 'At', cell: (delivery) => <When iso={delivery.createdAt} /> },
              {
                header: 'Actions',
                hiddenHeader: true,
                cell: (delivery) =>
                  delivery.status === 'failed' ? (
                    <Button
                      variant="inline-link"
                      onClick={async () => {
                        await calls.redeliver(webhookId, delivery.id);
                        reload();
                      }}
                    >
                      Redeliver
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </Loadable>
    </section>
  );
};

const AddEndpoint = ({
  onAdd,
  onAdded,
}: {
  onAdd(body: { url: string; events: string[] }): Promise<void>;
  onAdded(): void;
}) => {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['token.created', 'token.revoked']);
  const [error, setError] = useState<string>();
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setError(undefined);
        try {
          await onAdd({ url, events });
          setUrl('');
          onAdded();
        } catch (failure) {
          setError(formErrorOf(failure).message);
        }
      }}
    >
      <Form actions={<Button variant="primary">Add endpoint</Button>}>
        <Container header={<Header variant="h2">Add an endpoint</Header>}>
          <SpaceBetween size="l">
            <Field
              label="Endpoint URL"
              hint="HTTPS; deliveries are signed (Standard Webhooks)."
              error={error}
            >
              <Input type="url" value={url} onChange={({ detail }) => setUrl(detail.value)} />
            </Field>
            <FieldGroup label="Events">
              <ColumnLayout columns={3}>
                {WEBHOOK_EVENTS.map((event) => (
                  <Checkbox
                    key={event}
                    checked={events.includes(event)}
                    onChange={({ detail }) =>
                      setEvents(
                        detail.checked ? [...events, event] : events.filter((other) => other !== event),
                      )
                    }
                  >
                    {event}
                  </Checkbox>
                ))}
              </ColumnLayout>
            </FieldGroup>
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
};
