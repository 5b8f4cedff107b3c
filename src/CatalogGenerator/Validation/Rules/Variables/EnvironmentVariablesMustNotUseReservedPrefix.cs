using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// <c>BALENA_</c> and <c>RESIN_</c> belong to balena: its API refuses environment variables with those
/// prefixes. Such a name is usually a config variable in the wrong list, or one balena sets itself.
/// </summary>
internal sealed class EnvironmentVariablesMustNotUseReservedPrefix : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var variable in context.Manifest.EnvironmentVariables)
        {
            var name = variable.Name;
            var prefix = BalenaVariableNames.PrefixOf(name);
            if (prefix is null)
            {
                continue;
            }

            var body = name[prefix.Length..];
            var advice = BalenaVariableNames.IsProvidedBody(body)
                ? "balena sets this one itself on every device: remove it"
                : BalenaVariableNames.IsConfigBody(body)
                    ? "it is a config variable (a host OS or supervisor setting): move it to applicationConfigVariables"
                    : "rename it" + (BalenaVariableNames.Corrected(body) is { } renamed ? DidYouMean.Phrase([renamed]) : string.Empty);
            yield return DiagnosticCodes.ReservedEnvironmentVariablePrefix.Create(
                $"environment variable '{name}' starts with '{prefix}', which balena reserves for its own variables and refuses for environment variables; {advice}",
                context.File, variable.Key.Span);
        }
    }
}
