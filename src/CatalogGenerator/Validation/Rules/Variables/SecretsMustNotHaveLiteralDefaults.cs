using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// A password or key written into balena.yml is the same on every device deployed from the project,
/// and public to anyone who reads the repository.
/// </summary>
internal sealed class SecretsMustNotHaveLiteralDefaults : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var variable in context.Manifest.Variables)
        {
            if (variable.Value is { Text: { } text } value && SecretNames.IsSecretName(variable.Name) && SecretNames.IsLiteralSecret(text))
            {
                yield return DiagnosticCodes.SharedSecretDefault.Create(
                    $"'{variable.Name}' has the literal default '{value.Raw}', so every device deployed from this project shares that credential and anyone who reads this file knows it; " +
                    "leave the default empty and have the container generate a random one on first start (for example with 'openssl rand -hex 16', kept in a volume), " +
                    "or tell users in the README to set their own per fleet after the first deploy",
                    context.File, value.Span);
            }
        }
    }
}
