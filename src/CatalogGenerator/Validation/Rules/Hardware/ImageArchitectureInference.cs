using FleetCatalog.Devices;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>
/// Tells the architecture of an image from its name alone, only where the name says it: Docker Hub's
/// per-architecture namespaces (<c>arm32v7/</c>), balena's base images (<c>balenalib/aarch64-…</c>,
/// <c>balenalib/raspberrypi3-…</c>), and names or tags that end in an architecture. Anything else may be
/// a multi-architecture image and is left alone (null), as is anything balena fills in per board (<c>%%BALENA_ARCH%%</c>).
/// </summary>
internal sealed class ImageArchitectureInference(DeviceRegistry devices)
{
    // Longest first, so that "armv7hf" wins over "armv7".
    private static readonly (string Token, DeviceArchitecture Architecture, string? Description)[] Tokens =
    [
        ("x86_64", DeviceArchitecture.Amd64, null),
        ("x86-64", DeviceArchitecture.Amd64, null),
        ("arm64v8", DeviceArchitecture.Aarch64, null),
        ("arm32v7", DeviceArchitecture.Armv7hf, null),
        ("arm32v6", DeviceArchitecture.Rpi, null),
        ("armv7hf", DeviceArchitecture.Armv7hf, null),
        ("aarch64", DeviceArchitecture.Aarch64, null),
        ("armv7l", DeviceArchitecture.Armv7hf, null),
        ("armv6l", DeviceArchitecture.Rpi, null),
        ("armv7", DeviceArchitecture.Armv7hf, null),
        ("armv6", DeviceArchitecture.Rpi, null),
        ("arm64", DeviceArchitecture.Aarch64, null),
        ("amd64", DeviceArchitecture.Amd64, null),
        ("i386", DeviceArchitecture.I386, null),
        ("i686", DeviceArchitecture.I386, null),

        // Debian's armhf is ARMv7, Raspbian's ARMv6: only "some 32-bit ARM" is certain.
        ("armhf", DeviceArchitecture.Rpi, "32-bit ARM (armhf)"),
    ];

    // balena's own names also use its architecture slugs that are not Docker's.
    private static readonly (string Token, DeviceArchitecture Architecture, string? Description)[] BalenaTokens =
        [("i386-nlp", DeviceArchitecture.I386Nlp, null), .. Tokens, ("rpi", DeviceArchitecture.Rpi, null)];

    private static readonly string[] DockerHubArchitectureNamespaces = ["arm32v6", "arm32v7", "arm64v8", "amd64", "i386"];
    private static readonly string[] BalenaBaseImageNamespaces = ["balenalib", "resin"];
    private static readonly string[] BalenaNamespaces = ["balenalib", "resin", "balena", "balenablocks", "balenalabs"];
    private static readonly string[] BalenaRegistries = ["bh.cr", "registry.balena-cloud.com", "registry2.balena-cloud.com"];
    private static readonly string[] DockerHub = ["docker.io", "index.docker.io", "registry-1.docker.io"];

    /// <summary>The architecture an image reference such as <c>arm32v7/influxdb:1.8</c> is built for, or null when its name does not say.</summary>
    public ImageArchitecture? FromImage(string image)
    {
        if (image.Contains("%%", StringComparison.Ordinal) || image.Contains('$', StringComparison.Ordinal))
        {
            return null;
        }

        var reference = ImageReference.Parse(image);
        if (reference.Path.Count == 0)
        {
            return null;
        }

        var first = reference.Path[0].ToLowerInvariant();
        var fromDockerHub = reference.Registry is null || DockerHub.Contains(reference.Registry, StringComparer.OrdinalIgnoreCase);
        if (fromDockerHub && reference.Path.Count >= 2 && DockerHubArchitectureNamespaces.Contains(first)
            && Token(first) is { } hub)
        {
            return new ImageArchitecture(hub.Architecture, hub.Description, $"Docker Hub's {first}/ images are built for that architecture only");
        }

        var balena = (reference.Registry is { } registry && BalenaRegistries.Contains(registry, StringComparer.OrdinalIgnoreCase))
            || (fromDockerHub && BalenaNamespaces.Contains(first));
        var name = reference.Path[^1].ToLowerInvariant();
        if (balena && fromDockerHub && BalenaBaseImageNamespaces.Contains(first) && reference.Path.Count == 2 && BaseImage(first, name) is { } baseImage)
        {
            return baseImage;
        }

        return FromName(name, balena) ?? FromTag(reference.Tag?.ToLowerInvariant(), balena);
    }

    /// <summary>The architecture of a platform such as <c>linux/arm/v7</c>, or null when it is not a fixed one.</summary>
    public static ImageArchitecture? FromPlatform(string platform)
    {
        var text = platform.Trim().ToLowerInvariant();
        if (text.StartsWith("linux/", StringComparison.Ordinal))
        {
            text = text["linux/".Length..];
        }

        DeviceArchitecture? architecture = text switch
        {
            "amd64" or "x86_64" or "amd64/v1" or "amd64/v2" or "amd64/v3" => DeviceArchitecture.Amd64,
            "arm64" or "arm64/v8" or "aarch64" => DeviceArchitecture.Aarch64,
            "arm" or "arm/v7" or "armhf" => DeviceArchitecture.Armv7hf,
            "arm/v6" or "armel" => DeviceArchitecture.Rpi,
            "386" or "i386" => DeviceArchitecture.I386,
            _ => null,
        };
        return architecture is { } a ? ImageArchitecture.Of(a, $"its platform is '{platform.Trim()}'") : null;
    }

    // balenalib/<device>-<distro> and balenalib/<arch>-<distro>; the longest slug wins ("raspberrypi3-64" over "raspberrypi3"),
    // the first one listed among equals. Plain loops: every balenalib FROM line of every project comes here.
    private ImageArchitecture? BaseImage(string owner, string name)
    {
        (string Name, DeviceType Device)? device = null;
        foreach (var candidate in devices.All)
        {
            Consider(candidate.Slug, candidate);
            foreach (var alias in candidate.Aliases)
            {
                Consider(alias, candidate);
            }
        }

        DeviceArchitecture? architecture = null;
        foreach (var candidate in DeviceArchitectures.All)
        {
            if (NamesOrPrefixes(name, candidate.Slug()) && (architecture is null || candidate.Slug().Length > architecture.Value.Slug().Length))
            {
                architecture = candidate;
            }
        }

        if (device is { } found && (architecture is null || found.Name.Length > architecture.Value.Slug().Length))
        {
            return ImageArchitecture.Of(found.Device.Architecture, $"{owner}/{found.Name}-… images are built for the {found.Device.Name}");
        }

        return architecture is { } a ? ImageArchitecture.Of(a, $"{owner}/{a.Slug()}-… images are built for {a.Slug()} only") : null;

        void Consider(string slug, DeviceType candidate)
        {
            if (NamesOrPrefixes(name, slug) && (device is null || slug.Length > device.Value.Name.Length))
            {
                device = (slug, candidate);
            }
        }
    }

    // name is slug, or starts with "slug-".
    private static bool NamesOrPrefixes(string name, string slug) =>
        name.StartsWith(slug, StringComparison.Ordinal) && (name.Length == slug.Length || name[slug.Length] == '-');

    // text starts with "token-" (or, when underscoreToo, "token_").
    private static bool StartsWithToken(string text, string token, bool underscoreToo) =>
        text.Length > token.Length && text.StartsWith(token, StringComparison.Ordinal) && (text[token.Length] == '-' || (underscoreToo && text[token.Length] == '_'));

    // text ends with "-token" or "_token".
    private static bool EndsWithToken(string text, string token) =>
        text.Length > token.Length && text.EndsWith(token, StringComparison.Ordinal) && text[^(token.Length + 1)] is '-' or '_';

    private static ImageArchitecture? FromName(string name, bool balena)
    {
        foreach (var (token, architecture, description) in AllTokens(balena))
        {
            if (EndsWithToken(name, token))
            {
                return new ImageArchitecture(architecture, description ?? ImageArchitecture.Describe(architecture), $"its name ends in '-{token}'");
            }

            if (StartsWithToken(name, token, underscoreToo: false))
            {
                return new ImageArchitecture(architecture, description ?? ImageArchitecture.Describe(architecture), $"its name starts with '{token}-'");
            }
        }

        return null;
    }

    private ImageArchitecture? FromTag(string? tag, bool balena)
    {
        if (tag is null)
        {
            return null;
        }

        foreach (var (token, architecture, description) in AllTokens(balena))
        {
            if (tag == token || StartsWithToken(tag, token, underscoreToo: true) || EndsWithToken(tag, token))
            {
                return new ImageArchitecture(architecture, description ?? ImageArchitecture.Describe(architecture), $"its tag '{tag}' names the architecture");
            }
        }

        // balena's blocks were published with one tag per board (balenablocks/dashboard:raspberrypi3).
        if (balena && (devices.Find(tag) ?? devices.FindByAlias(tag)) is { } device)
        {
            return ImageArchitecture.Of(device.Architecture, $"its tag '{tag}' is the build for the {device.Name}");
        }

        return null;
    }

    private static (string Token, DeviceArchitecture Architecture, string? Description)[] AllTokens(bool balena) => balena ? BalenaTokens : Tokens;

    private static (DeviceArchitecture Architecture, string Description)? Token(string text) =>
        Tokens.FirstOrDefault(t => t.Token == text) is { Token: not null } t ? (t.Architecture, t.Description ?? ImageArchitecture.Describe(t.Architecture)) : null;
}
