using FleetCatalog.Devices;

namespace FleetCatalog.Cli;

/// <summary>What <c>catalog devices update</c> changed, short enough to read before committing the new list.</summary>
internal static class DevicesUpdateSummary
{
    public static void Write(DeviceRegistryMergeResult merge, int returned, TextWriter output)
    {
        output.WriteLine($"balena's API returned {returned} device types.");
        Section(output, "Added, marked unlisted until balena's docs say otherwise", merge.Added.Select(d => $"+ {d.Slug} \"{d.Name}\" ({d.Architecture.Slug()})"));
        Section(output, "No longer returned by the API, kept (check balena's docs; mark discontinued if they are)", merge.NoLongerReturned.Select(d => $"- {d.Slug}"));
        Section(output, "Renamed", merge.Renamed.Select(c => $"~ {c.Slug}: \"{c.Before}\" -> \"{c.After}\""));
        Section(output, "Architecture changed", merge.ArchitectureChanged.Select(Change));
        Section(output, "Aliases changed", merge.AliasesChanged.Select(Change));
        Section(output, "Hardware flags changed", merge.HardwareChanged.Select(Change));
        Section(output, "Skipped, architecture unknown to this tool (teach DeviceArchitecture about it first)", merge.Skipped.Select(c => $"! {c.Slug}: {c.After}"));
        if (!merge.ChangesFile && merge.NoLongerReturned.IsEmpty && merge.Skipped.IsEmpty)
        {
            output.WriteLine("No changes.");
        }
    }

    private static string Change(DeviceTypeChange c) => $"~ {c.Slug}: {c.Before} -> {c.After}";

    private static void Section(TextWriter output, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine($"{title} ({list.Count}):");
        foreach (var line in list)
        {
            output.WriteLine("  " + line);
        }
    }
}
