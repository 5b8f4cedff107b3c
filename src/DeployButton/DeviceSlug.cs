using System.Text.RegularExpressions;

namespace FleetCatalog.DeployButton;

/// <summary>
/// Checks the form of a <c>defaultDeviceType</c>. Whether balena knows the slug is for a caller with a device list to say
/// (this library holds none, so that it never goes stale).
/// </summary>
internal static partial class DeviceSlug
{
    public static string? Check(string? text, out DeployButtonError? error)
    {
        error = null;
        var slug = text?.Trim();
        if (string.IsNullOrEmpty(slug))
        {
            error = new DeployButtonError(DeployParameter.DeviceType, DeployButtonErrorKind.Missing, null,
                "is empty: give a balena device-type slug such as 'raspberrypi4-64', or leave it out to let the dashboard preselect its default.");
            return null;
        }

        if (Slug().IsMatch(slug))
        {
            return slug;
        }

        var lower = slug.ToLowerInvariant();
        error = Slug().IsMatch(lower)
            ? new DeployButtonError(DeployParameter.DeviceType, DeployButtonErrorKind.InvalidDeviceType, slug,
                "has capital letters: device-type slugs are all lowercase, and the dashboard would not recognise it.", lower)
            : new DeployButtonError(DeployParameter.DeviceType, DeployButtonErrorKind.InvalidDeviceType, slug,
                "is not a device-type slug: slugs have only lowercase letters, digits and hyphens, such as 'raspberrypi4-64' " +
                "(a board's name, such as 'Raspberry Pi 4', is not its slug).");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
