using System.Globalization;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>
/// A board balena has announced it will discontinue still works, but a maker choosing hardware
/// today should know; the author may want to stop recommending it.
/// </summary>
internal sealed class DeviceTypesPendingDiscontinuationAreNoted : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var reference in ListedDeviceTypes.DistinctBoards(context))
        {
            if (reference.Device is { Status: DeviceSupportStatus.PendingDiscontinuation } device)
            {
                var when = device.DiscontinuationDate is { } date
                    ? "on " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : "soon";
                yield return DiagnosticCodes.DeviceTypePendingDiscontinuation.Create(
                    $"{ListedDeviceTypes.Describe(device)} in {reference.Key} is pending discontinuation: balena stops releasing balenaOS for it {when}; consider recommending a newer board",
                    context.File, reference.Value.Span);
            }
        }
    }
}
