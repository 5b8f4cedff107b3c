using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>A board listed twice (also under an alias) is a leftover of editing; one of the lines may have been meant as another board.</summary>
internal sealed class DeviceTypesShouldBeListedOnce : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var first = new Dictionary<string, DeviceTypeReference>(StringComparer.Ordinal);
        foreach (var reference in ListedDeviceTypes.Supported(context))
        {
            // Unknown names are compared as written: the same typo twice is still listed twice.
            var key = reference.Device?.Slug ?? reference.Text;
            if (!first.TryAdd(key, reference))
            {
                var earlier = first[key];
                var how = earlier.Text == reference.Text
                    ? $"'{reference.Text}' is listed twice in supportedDeviceTypes"
                    : $"'{reference.Text}' names the same board as '{earlier.Text}'";
                yield return DiagnosticCodes.DuplicateDeviceType.Create(
                    $"{how} (first on line {earlier.Value.Span.Line}); remove this entry, or correct it if another board was meant",
                    context.File, reference.Value.Span);
            }
        }
    }
}
