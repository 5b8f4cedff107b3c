using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// balena's API refuses config variables outside the <c>BALENA_</c>/<c>RESIN_</c> namespaces, so the
/// setting never reaches the device.
/// </summary>
internal sealed class ConfigVariablesMustUseBalenaPrefix : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var variable in context.Manifest.ConfigVariables)
        {
            if (BalenaVariableNames.PrefixOf(variable.Name) is not null)
            {
                continue;
            }

            var intended = BalenaVariableNames.IntendedConfigName(variable.Name);
            var fix = intended is not null
                ? DidYouMean.Phrase([intended])
                : "; if it is a setting for your services, move it to applicationEnvironmentVariables";
            yield return DiagnosticCodes.ConfigVariablePrefix.Create(
                $"config variable '{variable.Name}' does not start with 'BALENA_' or 'RESIN_', and balena refuses config variables outside those prefixes (they set up the host OS and the supervisor){fix}",
                context.File, variable.Key.Span);
        }
    }
}
