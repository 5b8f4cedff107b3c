using System.Collections.Immutable;
using System.Globalization;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// CAT606: each <c>hardware</c> item is <c>{ name, quantity, optional }</c> (quantity 1 and required unless
/// said otherwise) or just the name as text. An item that cannot be read is left out and reported.
/// </summary>
internal static class EntryHardware
{
    public const int MaxQuantity = 100;

    public static ImmutableArray<HardwareItem> Read(YamlMapping root, FileFindings findings)
    {
        var entry = root.Find("hardware");
        switch (entry?.Value)
        {
            case null:
                return [];
            case var empty when EntryValue.IsNull(empty):
                return [];
            case YamlSequence list:
                return [.. list.Items.Select(item => ReadItem(item, findings)).OfType<HardwareItem>()];
            default:
                findings.Add(DiagnosticCodes.EntryWrongValueType,
                    $"'hardware' must be a list of items such as '- {{ name: \"USB speaker\", quantity: 1, optional: false }}', not {entry.Value.Kind}",
                    entry.Value.Span);
                return [];
        }
    }

    private static HardwareItem? ReadItem(YamlNode item, FileFindings findings)
    {
        if (item is YamlScalar text)
        {
            if (text.Value.Trim().Length > 0 && !EntryValue.IsNull(text))
            {
                return new HardwareItem(text.Value.Trim(), 1, Optional: false);
            }

            findings.Add(DiagnosticCodes.EntryInvalidHardware, "a hardware item is empty; name the part or remove the line", item.Span);
            return null;
        }

        if (item is not YamlMapping mapping)
        {
            findings.Add(DiagnosticCodes.EntryInvalidHardware, $"a hardware item must be a mapping with 'name' (and 'quantity', 'optional'), not {item.Kind}", item.Span);
            return null;
        }

        EntryKeys.CheckHardwareItem(mapping, findings);
        var name = mapping["name"] is YamlScalar n && !EntryValue.IsNull(n) ? n.Value.Trim() : string.Empty;
        if (name.Length == 0)
        {
            findings.Add(DiagnosticCodes.EntryInvalidHardware, "this hardware item has no 'name'; say what the part is, such as 'name: \"USB speaker\"'",
                mapping.Find("name")?.Value.Span ?? mapping.Span);
            return null;
        }

        var quantity = Quantity(mapping.Find("quantity"), name, findings);
        var optional = Optional(mapping.Find("optional"), name, findings);
        return quantity is null || optional is null ? null : new HardwareItem(name, quantity.Value, optional.Value);
    }

    private static int? Quantity(YamlEntry? entry, string name, FileFindings findings)
    {
        if (entry is null || EntryValue.IsNull(entry.Value))
        {
            return 1;
        }

        if (entry.Value is YamlScalar s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity)
            && quantity is >= 1 and <= MaxQuantity)
        {
            return quantity;
        }

        findings.Add(DiagnosticCodes.EntryInvalidHardware,
            $"quantity of '{name}' must be a whole number from 1 to {MaxQuantity}, not {Shown(entry.Value)}; for a part the project works without, write 'optional: true'",
            entry.Value.Span);
        return null;
    }

    private static bool? Optional(YamlEntry? entry, string name, FileFindings findings)
    {
        if (entry is null || EntryValue.IsNull(entry.Value))
        {
            return false;
        }

        if (entry.Value is YamlScalar s && s.Resolve() is { Kind: ScalarKind.Boolean } resolved)
        {
            return resolved.Text == "true";
        }

        var hint = entry.Value is YamlScalar text && YamlScalarResolver.IsYaml11Boolean(text.Value)
            ? $"; write '{(text.Value.ToLowerInvariant() is "yes" or "on" or "y" ? "true" : "false")}'"
            : string.Empty;
        findings.Add(DiagnosticCodes.EntryInvalidHardware,
            $"optional of '{name}' must be true or false, not {Shown(entry.Value)}{hint}", entry.Value.Span);
        return null;
    }

    private static string Shown(YamlNode node) => node is YamlScalar s ? $"'{s.Value}'" : node.Kind;
}
