using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation;

/// <summary>
/// One check of a project, named as the rule it enforces. Rules are stateless, found by reflection
/// (a new rule is a new file in Rules/), and report findings; they never throw on user input.
/// </summary>
internal interface IManifestRule
{
    IEnumerable<Diagnostic> Check(ValidationContext context);
}
