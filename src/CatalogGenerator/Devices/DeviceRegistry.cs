using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Devices;

/// <summary>
/// Every balena device type the tool knows, looked up by slug or alias. Ships inside the tool
/// (Devices/device-types.json, refreshed by <c>catalog devices update</c>).
/// </summary>
internal sealed partial class DeviceRegistry
{
    private readonly FrozenDictionary<string, DeviceType> _bySlug;
    private readonly FrozenDictionary<string, DeviceType> _byAlias;
    private readonly ConcurrentDictionary<string, string> _normalized = new(StringComparer.Ordinal);

    // The same misspelt slug comes back in project after project (and from several rules of one); measuring its
    // distance to every board each time was a tenth of validating such a project.
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _suggestions = new(StringComparer.Ordinal);
    private string? _fingerprint;

    public DeviceRegistry(IEnumerable<DeviceType> deviceTypes)
    {
        All = [.. deviceTypes.OrderBy(d => d.Slug, StringComparer.Ordinal)];
        _bySlug = All.ToFrozenDictionary(d => d.Slug, StringComparer.Ordinal);
        _byAlias = All
            .SelectMany(d => d.Aliases.Where(a => !_bySlug.ContainsKey(a)).Select(a => (Alias: a, Device: d)))
            .DistinctBy(x => x.Alias, StringComparer.Ordinal)
            .ToFrozenDictionary(x => x.Alias, x => x.Device, StringComparer.Ordinal);
    }

    /// <summary>The registry that ships with the tool.</summary>
    public static DeviceRegistry Default => LazyDefault.Value;

    private static Lazy<DeviceRegistry> LazyDefault { get; } = new(DeviceRegistryFile.LoadEmbedded);

    public IReadOnlyList<DeviceType> All { get; }

    /// <summary>
    /// A hash of every device type's facts: what a cache of validation results keys on, since a rule's verdict
    /// changes with the registry (a board added, an alias, a discontinuation).
    /// </summary>
    public string Fingerprint => _fingerprint ??= ComputeFingerprint();

    public DeviceType? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The registry as it stands on <paramref name="day"/> (<see cref="DeviceType.AsOf"/>): what pages dated that day show.</summary>
    public DeviceRegistry AsOf(DateOnly day) =>
        All.Any(d => !ReferenceEquals(d.AsOf(day), d)) ? new DeviceRegistry(All.Select(d => d.AsOf(day))) : this;

    /// <summary>The device type an alias such as <c>nuc</c> or <c>raspberrypi</c> stands for.</summary>
    public DeviceType? FindByAlias(string alias) => _byAlias.GetValueOrDefault(alias);

    /// <summary>
    /// Slugs the user probably meant by an unknown <paramref name="text"/>: the same letters with other
    /// punctuation (<c>orangepi-one</c>), a display name (<c>Raspberry Pi 5</c>), a slug without its
    /// 64-bit suffix (<c>raspberrypi4</c>) or with one it does not have (<c>raspberrypi5-64</c>), or a near spelling.
    /// </summary>
    public IReadOnlyList<string> Suggest(string text) => _suggestions.GetOrAdd(text, SuggestUncached);

    private IReadOnlyList<string> SuggestUncached(string text)
    {
        var key = Normalize(text);
        if (key.Length == 0)
        {
            return [];
        }

        var exact = All.Where(d => Known(d.Slug) == key || Known(d.Name) == key || d.Aliases.Any(a => Known(a) == key)).ToList();
        if (exact.Count > 0)
        {
            return Preferred(exact);
        }

        // Pi 4, 3 and Zero 2 W exist only as 64-bit types ("-64"), the Pi 5 only without the suffix.
        var bits = All.Where(d => Known(d.Slug) == key + "64"
            || (d.Architecture == DeviceArchitecture.Aarch64 && key.EndsWith("64", StringComparison.Ordinal) && Known(d.Slug) == key[..^2])).ToList();
        if (bits.Count > 0)
        {
            return Preferred(bits);
        }

        // "genericx86-64" for "genericx86-64-ext", "jetson-nano-2gb" for "jetson-nano-2gb-devkit": the shortest completion.
        if (key.Length >= 6)
        {
            var completions = All.Where(d => Known(d.Slug).StartsWith(key, StringComparison.Ordinal)).ToList();
            if (completions.Count > 0)
            {
                var shortest = completions.Min(d => Known(d.Slug).Length);
                return Preferred(completions.Where(d => Known(d.Slug).Length == shortest).ToList());
            }
        }

        // "Raspberry Pi 5" for "Raspberry Pi 5 & CM5": a display name that starts with what was typed, or
        // "Raspberry Pi Zero" for "Raspberry Pi (v1 / Zero / Zero W)": one that holds every word typed.
        var words = Words(text);
        var byName = All.Where(d => (key.Length >= 6 && Known(d.Name).StartsWith(key, StringComparison.Ordinal))
            || (words.Count >= 2 && words.IsSubsetOf(Words(d.Name)))).ToList();
        if (byName.Count is > 0 and <= 3)
        {
            return Preferred(byName);
        }

        var close = DidYouMean.Closest(key, All.Select(d => Known(d.Slug)), DidYouMean.DefaultLimit(key));
        return Preferred(All.Where(d => close.Contains(Known(d.Slug))).ToList());
    }

    private static List<string> Preferred(List<DeviceType> devices) =>
        devices.OrderBy(d => d.Status).ThenBy(d => d.Slug, StringComparer.Ordinal).Take(3).Select(d => d.Slug).ToList();

    // The registry's own slugs, names and aliases, normalised once: every unknown device type of every manifest is
    // compared with all of them.
    private string Known(string text) => _normalized.GetOrAdd(text, Normalize);

    private static string Normalize(string text) => NonAlphanumeric().Replace(text.ToLowerInvariant(), string.Empty);

    private static HashSet<string> Words(string text) =>
        [.. NonAlphanumericRun().Split(text.ToLowerInvariant()).Where(w => w.Length > 0)];

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumericRun();

    [GeneratedRegex("[^a-z0-9]")]
    private static partial Regex NonAlphanumeric();

    private string ComputeFingerprint()
    {
        var text = new StringBuilder();
        foreach (var d in All)
        {
            text.Append(d.Slug).Append('\t').Append(d.Name).Append('\t').Append(d.Architecture).Append('\t').Append(d.Status)
                .Append('\t').AppendJoin(',', d.Aliases).Append('\t').Append(d.DiscontinuationDate?.ToString("O", CultureInfo.InvariantCulture))
                .Append('\t').Append(d.Hdmi).Append('\t').Append(d.Wifi).Append('\t').Append(d.Bluetooth).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
