using System.Text.RegularExpressions;

namespace FleetCatalog.Rendering.Pages;

/// <summary>
/// A project's display title, the one every page, feed and data file shows: the manifest's <c>name</c> when it is
/// a name ("AdGuard Home", "balenaSense"), else the slug in title case. A name that is itself a slug
/// (<c>rpi-zero-picture-frame</c>, <c>tailscale</c>) counts as none, so cards do not mix slugs with names.
/// </summary>
internal static partial class ProjectTitle
{
    // Written as their owners write them: title case would make "Rpi", "Cli" and "Balena" of them.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["balena"] = "balena", ["rpi"] = "RPi", ["cli"] = "CLI", ["api"] = "API", ["ui"] = "UI", ["iot"] = "IoT",
        ["dns"] = "DNS", ["vpn"] = "VPN", ["mqtt"] = "MQTT", ["ble"] = "BLE", ["usb"] = "USB", ["ha"] = "HA",
        ["ais"] = "AIS", ["adsb"] = "ADS-B", ["diy"] = "DIY", ["tv"] = "TV", ["led"] = "LED", ["gpio"] = "GPIO",
    };

    /// <param name="manifestName">The manifest's <c>name</c>, or null when it has none.</param>
    /// <param name="slug">The catalog entry's slug (<c>projects/&lt;slug&gt;.yml</c>).</param>
    public static string Of(string? manifestName, string slug)
    {
        var name = manifestName?.Trim();
        if (!string.IsNullOrEmpty(name) && !SlugLike().IsMatch(name))
        {
            return name;
        }

        var source = string.IsNullOrEmpty(name) ? slug : name;
        return string.Join(' ', source.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Select(Word));
    }

    // A word with digits is a name of its own ("k3s", "go2rtc"): capitalising it helps no one.
    private static string Word(string word) =>
        Words.TryGetValue(word, out var known) ? known
        : word.Any(char.IsAsciiDigit) ? word
        : char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex("^[a-z0-9]+(?:[-_][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugLike();
}
