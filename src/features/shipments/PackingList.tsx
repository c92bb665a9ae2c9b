import { Fragment } from 'react';
import { formatDateTime } from '../../components/format';
import type { Shipment } from '../../domain/shipment';
import { componentsText, crystalSizeText, proteinText, volumeText } from './sample-summary';
import type { DewarNode } from './shipment-tree';
import { contactName } from './ShipmentsTable';
import { countOf, treeCounts } from './shipment-tree';

/**
 * What goes in the box, printed (see packing-list.css): every dewar, container and sample with
 * its code and a box to tick on paper, for whoever packs and whoever unpacks at the facility.
 * py-ispyb serves no barcodes, so the codes written on the items are what is checked.
 */
export function PackingList({
  proposalName,
  shipment,
  tree,
}: {
  proposalName: string;
  shipment: Shipment;
  tree: DewarNode[];
}) {
  const counts = treeCounts(tree);
  return (
    <div data-print="only" data-packing-list>
      <h1>Packing list: {shipment.name}</h1>
      <dl>
        <dt>Proposal</dt>
        <dd>{proposalName}</dd>
        <dt>Shipment</dt>
        <dd>
          {shipment.id}
          {shipment.createdAt
            ? `, created ${formatDateTime(shipment.createdAt)} (facility local time)`
            : ''}
        </dd>
        <dt>Safety level</dt>
        <dd>{shipment.safetyLevel ?? 'NOT GIVEN'}</dd>
        <dt>Sending lab contact</dt>
        <dd>{contactName(shipment.sendingContact)}</dd>
        <dt>Return lab contact</dt>
        <dd>{contactName(shipment.returnContact)}</dd>
        <dt>Contents</dt>
        <dd>
          {countOf(counts.dewars, 'dewar')}, {countOf(counts.containers, 'container')},{' '}
          {countOf(counts.samples, 'sample')}
        </dd>
        {shipment.comments && (
          <>
            <dt>Comments</dt>
            <dd>{shipment.comments}</dd>
          </>
        )}
      </dl>
      {tree.map(({ dewar, containers }) => (
        <Fragment key={dewar.id}>
          <h2>
            Dewar <span className="code">{dewar.code}</span>
          </h2>
          <table>
            <thead>
              <tr>
                <th className="check">✓</th>
                <th>Item</th>
                <th>Code / name</th>
                <th>Position</th>
                <th>Details</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td className="check">☐</td>
                <td>Dewar</td>
                <td className="code">{dewar.code}</td>
                <td>–</td>
                <td>{countOf(containers.length, 'container')}</td>
              </tr>
              {containers.map(({ container, samples }) => (
                <Fragment key={container.id}>
                  <tr>
                    <td className="check">☐</td>
                    <td className="indent">{container.type}</td>
                    <td className="code">{container.code}</td>
                    <td>{container.sampleChangerLocation ?? '–'}</td>
                    <td>
                      {countOf(samples.length, 'sample')}
                      {container.beamlineLocation ? `, for ${container.beamlineLocation}` : ''}
                    </td>
                  </tr>
                  {samples.map((sample) => (
                    <tr key={sample.id}>
                      <td className="check">☐</td>
                      <td className="indent" style={{ paddingLeft: '30pt' }}>
                        Sample
                      </td>
                      <td className="code">{sample.name}</td>
                      <td>{sample.location ?? '–'}</td>
                      <td>
                        {[
                          proteinText(sample),
                          crystalSizeText(sample),
                          volumeText(sample),
                          componentsText(sample),
                        ]
                          .filter((part) => part !== '–')
                          .join(' · ')}
                      </td>
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </Fragment>
      ))}
      <div className="signatures">
        <p>Packed by, date</p>
        <p>Received at the facility by, date</p>
      </div>
    </div>
  );
}
