using System.Collections.Immutable;

namespace FleetCatalog.Devices;

/// <summary>
/// Folds what balena's API says into the current device-type list. The API is trusted for names,
/// architectures, aliases and hardware flags; support status comes from balena's docs, which the API does
/// not carry, so known boards keep theirs, new boards start as <see cref="DeviceSupportStatus.Unlisted"/>,
/// and boards the API stopped returning are kept (projects may still name them) and reported.
/// </summary>
internal static class DeviceRegistryMerge
{
    public static DeviceRegistryMergeResult Merge(IReadOnlyList<DeviceType> current, IReadOnlyList<ApiDeviceType> fromApi)
    {
        var known = current.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var merged = new List<DeviceType>();
        var added = new List<DeviceType>();
        var renamed = new List<DeviceTypeChange>();
        var archChanged = new List<DeviceTypeChange>();
        var aliasesChanged = new List<DeviceTypeChange>();
        var hardwareChanged = new List<DeviceTypeChange>();
        var skipped = new List<DeviceTypeChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var api in fromApi.Where(a => !a.IsPrivate))
        {
            if (!seen.Add(api.Slug))
            {
                continue;
            }

            known.TryGetValue(api.Slug, out var old);
            if (!DeviceArchitectures.TryParse(api.Architecture, out var arch))
            {
                // A new CPU family needs code (compatibility rules), not just data: keep what we had.
                skipped.Add(new DeviceTypeChange(api.Slug, old?.Architecture.Slug() ?? "-", api.Architecture));
                if (old is not null)
                {
                    merged.Add(old);
                }

                continue;
            }

            if (old is null)
            {
                var fresh = new DeviceType(api.Slug, api.Name, arch, api.Aliases, DeviceSupportStatus.Unlisted, null, api.Hdmi, api.Wifi, api.Bluetooth);
                added.Add(fresh);
                merged.Add(fresh);
                continue;
            }

            var aliases = SameSet(old.Aliases, api.Aliases) ? old.Aliases : api.Aliases;
            var updated = old with
            {
                Name = api.Name,
                Architecture = arch,
                Aliases = aliases,
                Hdmi = api.Hdmi ?? old.Hdmi,
                Wifi = api.Wifi ?? old.Wifi,
                Bluetooth = api.Bluetooth ?? old.Bluetooth,
            };
            Note(renamed, old.Slug, old.Name, updated.Name);
            Note(archChanged, old.Slug, old.Architecture.Slug(), updated.Architecture.Slug());
            Note(aliasesChanged, old.Slug, List(old.Aliases), List(updated.Aliases));
            Note(hardwareChanged, old.Slug, Hardware(old), Hardware(updated));
            merged.Add(updated);
        }

        var missing = current.Where(d => !seen.Contains(d.Slug)).OrderBy(d => d.Slug, StringComparer.Ordinal).ToList();
        merged.AddRange(missing);
        return new DeviceRegistryMergeResult(
            [.. merged.OrderBy(d => d.Slug, StringComparer.Ordinal)],
            [.. added.OrderBy(d => d.Slug, StringComparer.Ordinal)],
            [.. missing],
            [.. renamed],
            [.. archChanged],
            [.. aliasesChanged],
            [.. hardwareChanged],
            [.. skipped]);
    }

    private static void Note(List<DeviceTypeChange> changes, string slug, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new DeviceTypeChange(slug, before, after));
        }
    }

    private static bool SameSet(ImmutableArray<string> a, ImmutableArray<string> b) =>
        a.Length == b.Length && a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string List(ImmutableArray<string> aliases) => "[" + string.Join(", ", aliases) + "]";

    private static string Hardware(DeviceType d) => $"hdmi={Flag(d.Hdmi)} wifi={Flag(d.Wifi)} bluetooth={Flag(d.Bluetooth)}";

    private static string Flag(bool? value) => value switch { true => "yes", false => "no", null => "?" };
}
