using FleetCatalog.Devices;
using FleetCatalog.Rendering.Model;

namespace FleetCatalog.Rendering.Pages;

/// <summary>How boards are named and ordered on the site.</summary>
internal static class Boards
{
    // Cheapest and most common first: what a learner most likely has in a drawer.
    private static readonly string[] Popular =
    [
        "raspberrypi4-64", "raspberrypi3", "raspberrypi5", "raspberrypi0-2w-64", "raspberry-pi", "raspberrypi3-64",
        "generic-amd64", "intel-nuc", "generic-aarch64", "jetson-nano", "beaglebone-black", "raspberrypi400-64",
    ];

    public static int Rank(string slug) => Array.IndexOf(Popular, slug) is var i and >= 0 ? i : Popular.Length;

    public static string ArchitectureLabel(DeviceArchitecture architecture) => architecture switch
    {
        DeviceArchitecture.Aarch64 => "64-bit ARM (aarch64)",
        DeviceArchitecture.Armv7hf => "32-bit ARM (armv7hf)",
        DeviceArchitecture.Rpi => "ARMv6 (rpi): Raspberry Pi 1 and Zero",
        DeviceArchitecture.Amd64 => "64-bit Intel and AMD (amd64)",
        DeviceArchitecture.I386 => "32-bit Intel (i386)",
        _ => "32-bit Intel without PAE (i386-nlp)",
    };

    /// <summary>The status in words, for a <paramref name="device"/> already dated to the build (<see cref="DeviceRegistry.AsOf"/>).</summary>
    public static (string Label, string Text) Status(DeviceType device) => device.Status switch
    {
        DeviceSupportStatus.Supported => ("Supported", "balena supports this board."),
        DeviceSupportStatus.PendingDiscontinuation when device.DiscontinuationDate is { } until => ("Ending soon",
            $"balena stops supporting this board on {DateView.From(until).Text}; choose another for a new project."),
        DeviceSupportStatus.PendingDiscontinuation => ("Ending soon", "balena has announced it will stop supporting this board; choose another for a new project."),
        DeviceSupportStatus.Discontinued when device.DiscontinuationDate is { } since => ("Discontinued",
            $"balena stopped supporting this board on {DateView.From(since).Text}: no new balenaOS releases; choose another for a new project."),
        DeviceSupportStatus.Discontinued => ("Discontinued", "balena no longer releases balenaOS for this board."),
        _ => ("Not listed", "A valid balena device type that balena's supported-devices list does not show."),
    };

    public static string Url(SiteView site, string slug) => site.Href($"/devices/{slug}/");

    public static BoardChoiceView Choice(SiteView site, DeviceType device, bool isDefault) =>
        new(device.Slug, device.Name, Url(site, device.Slug), isDefault, DeviceRegistryFile.StatusSlug(device.Status),
            device.Status == DeviceSupportStatus.Supported ? string.Empty : Status(device).Label);

    public static BoardView View(SiteView site, DeviceType device, int projects)
    {
        var (label, text) = Status(device);
        return new BoardView(device.Slug, device.Name, Url(site, device.Slug), device.Architecture.Slug(), ArchitectureLabel(device.Architecture),
            DeviceRegistryFile.StatusSlug(device.Status), label, text, projects);
    }
}
