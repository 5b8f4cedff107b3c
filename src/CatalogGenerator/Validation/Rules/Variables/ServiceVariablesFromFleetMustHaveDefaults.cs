using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// <c>- API_KEY</c> (or <c>API_KEY:</c>) in a service's <c>environment</c> takes its value from the
/// fleet's variables; when balena.yml gives none, the service starts without it on a fresh fleet.
/// </summary>
internal sealed class ServiceVariablesFromFleetMustHaveDefaults : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var compose = context.Project.Compose;
        if (compose is null)
        {
            yield break;
        }

        // A variable listed with no value is reported once, by VariablesMustHaveDefaults.
        var defined = context.Manifest.EnvironmentVariables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var service in compose.Services)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var variable in service.Environment.Where(v => v.TakesValueFromFleet))
            {
                // The supervisor fills BALENA_ and RESIN_ variables in itself.
                if (defined.Contains(variable.Name) || BalenaVariableNames.PrefixOf(variable.Name) is not null || !seen.Add(variable.Name))
                {
                    continue;
                }

                yield return DiagnosticCodes.ComposeVariableWithoutDefault.Create(
                    $"service '{service.Name.Value}' takes '{variable.Name}' from the fleet's variables, but balena.yml gives it no default, " +
                    $"so on a new fleet the service starts without it; add it under applicationEnvironmentVariables in balena.yml with a default that works " +
                    $"('- {variable.Name}: \"\"' if the service copes without it), or set its value here",
                    compose.Path, variable.Span);
            }
        }
    }
}
