namespace FleetCatalog.Devices;

/// <summary>Names and compatibility of <see cref="DeviceArchitecture"/>s.</summary>
internal static class DeviceArchitectures
{
    public static IReadOnlyList<DeviceArchitecture> All { get; } = Enum.GetValues<DeviceArchitecture>();

    public static string Slug(this DeviceArchitecture architecture) => architecture switch
    {
        DeviceArchitecture.Rpi => "rpi",
        DeviceArchitecture.Armv7hf => "armv7hf",
        DeviceArchitecture.Aarch64 => "aarch64",
        DeviceArchitecture.Amd64 => "amd64",
        DeviceArchitecture.I386 => "i386",
        DeviceArchitecture.I386Nlp => "i386-nlp",
        _ => throw new ArgumentOutOfRangeException(nameof(architecture)),
    };

    public static bool TryParse(string text, out DeviceArchitecture architecture)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Slug(), text, StringComparison.OrdinalIgnoreCase))
            {
                architecture = candidate;
                return true;
            }
        }

        architecture = default;
        return false;
    }

    /// <summary>
    /// Whether code built for <paramref name="image"/> runs on a board of <paramref name="board"/>:
    /// 64-bit ARM boards run 32-bit ARM code, ARMv7 runs ARMv6, x86-64 runs i386; never the other way.
    /// </summary>
    public static bool CanRun(this DeviceArchitecture board, DeviceArchitecture image) => board switch
    {
        DeviceArchitecture.Aarch64 => image is DeviceArchitecture.Aarch64 or DeviceArchitecture.Armv7hf or DeviceArchitecture.Rpi,
        DeviceArchitecture.Armv7hf => image is DeviceArchitecture.Armv7hf or DeviceArchitecture.Rpi,
        DeviceArchitecture.Rpi => image is DeviceArchitecture.Rpi,
        DeviceArchitecture.Amd64 => image is DeviceArchitecture.Amd64 or DeviceArchitecture.I386 or DeviceArchitecture.I386Nlp,
        DeviceArchitecture.I386 => image is DeviceArchitecture.I386 or DeviceArchitecture.I386Nlp,
        DeviceArchitecture.I386Nlp => image is DeviceArchitecture.I386Nlp,
        _ => false,
    };
}
