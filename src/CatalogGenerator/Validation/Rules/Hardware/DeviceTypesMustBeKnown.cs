using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>
/// balena cannot create a fleet for, nor build for, a board it does not know; a misspelt slug also
/// hides the board from everyone browsing the catalog for it.
/// </summary>
internal sealed class DeviceTypesMustBeKnown : IManifestRule
{
    // What people write when they mean "any board of this CPU", mapped to balena's architecture.
    private static readonly Dictionary<string, DeviceArchitecture> ArchitectureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["aarch64"] = DeviceArchitecture.Aarch64,
        ["arm64"] = DeviceArchitecture.Aarch64,
        ["arm64v8"] = DeviceArchitecture.Aarch64,
        ["armv7hf"] = DeviceArchitecture.Armv7hf,
        ["armv7"] = DeviceArchitecture.Armv7hf,
        ["armv7l"] = DeviceArchitecture.Armv7hf,
        ["armhf"] = DeviceArchitecture.Armv7hf,
        ["arm32v7"] = DeviceArchitecture.Armv7hf,
        ["rpi"] = DeviceArchitecture.Rpi,
        ["armv6"] = DeviceArchitecture.Rpi,
        ["armv6l"] = DeviceArchitecture.Rpi,
        ["arm32v6"] = DeviceArchitecture.Rpi,
        ["amd64"] = DeviceArchitecture.Amd64,
        ["x86_64"] = DeviceArchitecture.Amd64,
        ["x86-64"] = DeviceArchitecture.Amd64,
        ["x64"] = DeviceArchitecture.Amd64,
        ["i386"] = DeviceArchitecture.I386,
        ["i686"] = DeviceArchitecture.I386,
        ["x86"] = DeviceArchitecture.I386,
        ["i386-nlp"] = DeviceArchitecture.I386Nlp,
    };

    // The boards most people mean, per architecture, before any other board of it.
    private static readonly string[] PopularBoards =
        ["generic-aarch64", "raspberrypi4-64", "raspberrypi5", "raspberrypi3", "raspberry-pi2", "beaglebone-black", "raspberry-pi", "generic-amd64", "intel-nuc", "genericx86-64-ext"];

    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var references = ListedDeviceTypes.Supported(context).ToList();
        if (ListedDeviceTypes.Default(context) is { } defaultType)
        {
            references.Add(defaultType);
        }

        foreach (var reference in references.Where(r => r.Device is null))
        {
            yield return DiagnosticCodes.UnknownDeviceType.Create(Message(context.Devices, reference), context.File, reference.Value.Span);
        }
    }

    private static string Message(DeviceRegistry devices, DeviceTypeReference reference)
    {
        var text = reference.Text;
        var where = $"'{text}' in {reference.Key}";
        if (text.Trim().Length == 0)
        {
            return $"an entry of {reference.Key} is empty; write a device type slug such as '{ListedDeviceTypes.DashboardDefault}' (run 'catalog devices' to list them) or remove it";
        }

        if (ArchitectureWords.TryGetValue(text.Trim(), out var architecture))
        {
            var examples = Examples(devices, architecture);
            return $"{where} is a CPU architecture, not a board; balena needs the device type of each board, such as {Or(examples)} for {architecture.Slug()} (run 'catalog devices --arch {architecture.Slug()}' to list them all)";
        }

        var suggestions = devices.Suggest(text);
        var fix = suggestions.Count == 0
            ? "; run 'catalog devices' to list the device types balena knows"
            : DidYouMean.Phrase(suggestions);
        if (suggestions.Count == 1 && devices.Find(suggestions[0]) is { } meant)
        {
            if (string.Equals(meant.Name, text.Trim(), StringComparison.OrdinalIgnoreCase) || text.Contains(' ', StringComparison.Ordinal))
            {
                return $"{where} is a board's display name; balena needs its device type slug, and cannot create a fleet for this name{fix}";
            }

            if (meant.Slug.Replace("-", string.Empty, StringComparison.Ordinal).Equals(text.Replace("-", string.Empty, StringComparison.Ordinal) + "64", StringComparison.OrdinalIgnoreCase))
            {
                return $"{where} is not a balena device type: balena has only a 64-bit device type for this board{fix}";
            }
        }

        return $"{where} is not a balena device type, so balena cannot create a fleet or build for it{fix}";
    }

    private static List<string> Examples(DeviceRegistry devices, DeviceArchitecture architecture) =>
        devices.All
            .Where(d => d.Architecture == architecture && d.Status is DeviceSupportStatus.Supported or DeviceSupportStatus.Unlisted)
            .OrderBy(d => Array.IndexOf(PopularBoards, d.Slug) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(d => d.Status)
            .ThenBy(d => d.Slug, StringComparer.Ordinal)
            .Take(3)
            .Select(d => d.Slug)
            .ToList();

    private static string Or(List<string> slugs) => slugs.Count switch
    {
        0 => "a board's slug",
        1 => $"'{slugs[0]}'",
        _ => string.Join(", ", slugs.Take(slugs.Count - 1).Select(s => $"'{s}'")) + $" or '{slugs[^1]}'",
    };
}
