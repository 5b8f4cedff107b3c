using System.Text;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

/// <summary>
/// A balena.yml with the given boards. Lines: 1 name, 2 type, 3 data, then 4 defaultDeviceType (value at
/// column 22) when given, then supportedDeviceTypes (key at column 3) and one board per line (value at column 7).
/// </summary>
internal static class HardwareManifest
{
    public static string Yaml(string? defaultType, params string[] supported)
    {
        var yaml = new StringBuilder("name: x\ntype: sw.application\ndata:\n");
        if (defaultType is not null)
        {
            yaml.Append("  defaultDeviceType: ").Append(defaultType).Append('\n');
        }

        yaml.Append("  supportedDeviceTypes:\n");
        foreach (var board in supported)
        {
            yaml.Append("    - ").Append(board).Append('\n');
        }

        return yaml.ToString();
    }

    /// <summary>The line of the <paramref name="index"/>-th board (0-based) of <see cref="Yaml"/>.</summary>
    public static int BoardLine(bool withDefault, int index) => (withDefault ? 6 : 5) + index;
}
