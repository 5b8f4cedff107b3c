using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// A default such as <c>UPDATE_ME</c> or <c>&lt;INSERT IF REQ&gt;</c> is handed to the project as it
/// stands: the project starts with a value that cannot work until someone types in a real one.
/// </summary>
internal sealed class VariableDefaultsMustNotBePlaceholders : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var variable in context.Manifest.Variables)
        {
            if (variable.Value is { Text: { } text } value && PlaceholderValues.IsPlaceholder(text))
            {
                yield return DiagnosticCodes.PlaceholderDefault.Create(
                    $"the default of '{variable.Name}' is '{value.Raw}', a placeholder that must be replaced before the project works; " +
                    "give a default that works as it is (an empty string if the project copes without it, or a sensible value), " +
                    "and say in the README how to set a real one after the first deploy",
                    context.File, value.Span);
            }
        }
    }
}
