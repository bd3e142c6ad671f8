import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** A part of a resource's screens, and the permission needed to read it. */
export interface Section {
  readonly label: string;
  readonly path: string;
  readonly needs: string;
}

/**
 * The sections of a resource, as links: only the sections the caller may read (its `viewerPermissions`),
 * so no link leads to a 403.
 */
export const SectionTabs = ({
  label,
  base,
  sections,
  permissions,
}: {
  label: string;
  base: string;
  sections: readonly Section[];
  permissions: readonly string[] | undefined;
}) => (
  <nav aria-label={label}>
    <SpaceBetween direction="horizontal" size="m">
      {sections
        .filter((section) => permissions?.includes(section.needs) ?? false)
        .map((section) => (
          <Link key={section.path} href={`#${base}/${section.path}`}>
            {section.label}
          </Link>
        ))}
    </SpaceBetween>
  </nav>
);
