using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>
/// The "Create fleet" dialog pre-selects <c>defaultDeviceType</c>; one the project does not support
/// makes the first, default deploy target a board it was never meant to run on.
/// </summary>
internal sealed class DefaultDeviceTypeMustBeSupported : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var defaultType = ListedDeviceTypes.Default(context);
        var supported = ListedDeviceTypes.Supported(context);
        if (defaultType?.Device is not { } device || supported.Count == 0)
        {
            // An unknown default is CAT300's; an empty list is CAT304's.
            yield break;
        }

        if (ListedDeviceTypes.IntendedSlugs(context.Devices, supported).Contains(device.Slug))
        {
            yield break;
        }

        // The listed boards nearest the default first: 'raspberrypi3' for a default of 'raspberrypi3-64'.
        var choices = supported.Select(r => r.Device?.Slug).OfType<string>().Distinct(StringComparer.Ordinal)
            .OrderBy(slug => DidYouMean.Distance(slug, device.Slug)).ToList();
        var pick = choices.Count == 0 ? string.Empty : $", or set it to a listed board such as {string.Join(" or ", choices.Take(2).Select(c => $"'{c}'"))}";
        yield return DiagnosticCodes.DefaultDeviceTypeNotSupported.Create(
            $"defaultDeviceType '{defaultType.Text}' is not in supportedDeviceTypes, so the Create fleet dialog pre-selects a board the project does not list: add '{device.Slug}' to supportedDeviceTypes if it runs there{pick}",
            context.File, defaultType.Value.Span);
    }
}
