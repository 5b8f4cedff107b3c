namespace FleetCatalog.Manifests;

internal enum VariableKind
{
    /// <summary><c>applicationEnvironmentVariables</c>: handed to every service.</summary>
    Environment,

    /// <summary><c>applicationConfigVariables</c>: host OS and supervisor settings (<c>BALENA_</c>/<c>RESIN_</c> names).</summary>
    Config,
}
