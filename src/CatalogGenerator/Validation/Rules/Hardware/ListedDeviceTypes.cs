using FleetCatalog.Devices;
using FleetCatalog.Manifests;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>The boards a manifest names, resolved against the device registry; shared by the hardware rules.</summary>
internal static class ListedDeviceTypes
{
    public const string SupportedKey = "supportedDeviceTypes";
    public const string DefaultKey = "defaultDeviceType";

    /// <summary>The board the dashboard pre-selects when a manifest names none.</summary>
    public const string DashboardDefault = "raspberrypi4-64";

    public static IReadOnlyList<DeviceTypeReference> Supported(ValidationContext context) => context.SupportedDeviceTypes;

    /// <summary>The <c>defaultDeviceType</c>, or null when it is missing or empty.</summary>
    public static DeviceTypeReference? Default(ValidationContext context) => context.DefaultDeviceType;

    public static DeviceTypeReference Resolve(DeviceRegistry devices, ManifestValue value, string key)
    {
        var text = value.Text ?? string.Empty;
        if (devices.Find(text) is { } device)
        {
            return new DeviceTypeReference(value, key, device, IsAlias: false);
        }

        var alias = devices.FindByAlias(text);
        return new DeviceTypeReference(value, key, alias, IsAlias: alias is not null);
    }

    /// <summary>
    /// The slugs the author meant to list: known boards, and for an unknown name its only likely
    /// correction, so that one typo is reported once (CAT300) rather than again by every rule that compares lists.
    /// </summary>
    public static HashSet<string> IntendedSlugs(DeviceRegistry devices, IEnumerable<DeviceTypeReference> references)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            if (reference.Device is { } device)
            {
                slugs.Add(device.Slug);
            }
            else if (devices.Suggest(reference.Text) is [var only])
            {
                slugs.Add(only);
            }
        }

        return slugs;
    }

    /// <summary>
    /// Each known board once: the first time <c>supportedDeviceTypes</c> names it, and the
    /// <c>defaultDeviceType</c> only when the list does not name it (so a board is judged once).
    /// </summary>
    public static IEnumerable<DeviceTypeReference> DistinctBoards(ValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var references = Supported(context).ToList();
        if (Default(context) is { } defaultType)
        {
            references.Add(defaultType);
        }

        foreach (var reference in references)
        {
            if (reference.Device is { } device && seen.Add(device.Slug))
            {
                yield return reference;
            }
        }
    }

    /// <summary>"'raspberrypi3' (Raspberry Pi 3)", the way every hardware message names a board.</summary>
    public static string Describe(DeviceType device) => $"'{device.Slug}' ({device.Name})";
}
