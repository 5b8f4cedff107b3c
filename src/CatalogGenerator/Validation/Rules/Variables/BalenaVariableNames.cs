using System.Text;
using System.Text.RegularExpressions;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// What balena's API accepts as a variable name (open-balena-api <c>checkVarName</c>): letters, digits
/// and underscores, not starting with a digit, not <c>BALENA</c>, <c>RESIN</c> or <c>USER</c>; config
/// variables inside the <c>BALENA_</c>/<c>RESIN_</c> namespaces, environment variables outside them.
/// </summary>
internal static partial class BalenaVariableNames
{
    public static readonly string[] Prefixes = ["BALENA_", "RESIN_"];

    public static readonly string[] ReservedNames = ["BALENA", "RESIN", "USER"];

    // What follows the prefix in a config variable: host OS settings (HOST_CONFIG_gpu_mem,
    // HOST_FIREWALL_MODE…), dashboard settings, and the supervisor's settings.
    private static readonly string[] ConfigNamespaces = ["HOST_", "UI_", "SUPERVISOR_"];

    private static readonly string[] ConfigNames =
        ["APP_RESTART_POLICY", "APP_RESTART_RETRIES", "DEPENDENT_DEVICES_HOOK_ADDRESS", "OVERRIDE_LOCK"];

    // Narrower than the namespaces, for guessing what an unprefixed name meant: HOST_IP is a service's setting.
    private static readonly string[] HostSettings =
    [
        "HOST_CONFIG_", "HOST_CONFIGFS_", "HOST_EXTLINUX_", "HOST_ODMDATA_", "HOST_FIREWALL_MODE",
        "HOST_DISCOVERABILITY", "HOST_SPLASH_IMAGE",
    ];

    // Set by the supervisor inside every container (docs: "Communicate outside the container").
    private static readonly string[] ProvidedNames =
    [
        "DEVICE_UUID", "APP_ID", "APP_UUID", "APP_NAME", "APP_COMMIT", "DEVICE_NAME_AT_INIT", "DEVICE_TYPE",
        "DEVICE_ARCH", "HOST_OS_VERSION", "SUPERVISOR_VERSION", "SUPERVISOR_API_KEY", "SUPERVISOR_ADDRESS",
        "SUPERVISOR_HOST", "SUPERVISOR_PORT", "API_KEY", "API_URL", "SERVICE_NAME", "APP_LOCK_PATH",
    ];

    public static bool IsValid(string name) => ValidName().IsMatch(name);

    public static bool IsReserved(string name) => ReservedNames.Contains(name, StringComparer.Ordinal);

    /// <summary>The prefix the name starts with (case as balena checks it: exactly), or null.</summary>
    public static string? PrefixOf(string name) =>
        Prefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));

    /// <summary>True when what follows the prefix names a host OS or supervisor setting.</summary>
    public static bool IsConfigBody(string body) =>
        !IsProvidedBody(body)
        && (ConfigNames.Contains(body, StringComparer.OrdinalIgnoreCase)
            || ConfigNamespaces.Any(n => body.StartsWith(n, StringComparison.OrdinalIgnoreCase)));

    /// <summary>True when balena sets the variable itself on every device (BALENA_DEVICE_UUID, …).</summary>
    public static bool IsProvidedBody(string body) => ProvidedNames.Contains(body, StringComparer.Ordinal);

    /// <summary>
    /// The config variable a name was meant to be: <c>HOST_CONFIG_gpu_mem</c>, <c>balena_host_config_gpu_mem</c>
    /// and <c>BALNEA_HOST_CONFIG_gpu_mem</c> all mean <c>BALENA_HOST_CONFIG_gpu_mem</c>. Null when the
    /// name does not look like a config variable at all.
    /// </summary>
    public static string? IntendedConfigName(string name)
    {
        foreach (var body in CandidateBodies(name))
        {
            if (!IsConfigBody(body.Text) || body.Text.StartsWith("UI_", StringComparison.OrdinalIgnoreCase)
                || (body.Text.StartsWith("HOST_", StringComparison.OrdinalIgnoreCase)
                    && !HostSettings.Any(h => body.Text.StartsWith(h, StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            var lead = body.Lead.TrimEnd('_', '-', ' ').ToUpperInvariant();
            var prefix = lead.Length > 0 && DidYouMean.Distance(lead, "RESIN") < DidYouMean.Distance(lead, "BALENA") ? "RESIN_" : "BALENA_";
            return prefix + NormaliseBody(body.Text);
        }

        return null;
    }

    /// <summary>A valid name close to <paramref name="name"/>: separators become underscores, a leading digit gets one.</summary>
    public static string? Corrected(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                builder.Append(c);
            }
            else if (c is '-' or '.' or ' ' or '/' or ':' && builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var corrected = builder.ToString().TrimEnd('_');
        if (corrected.Length > 0 && char.IsAsciiDigit(corrected[0]))
        {
            corrected = "_" + corrected;
        }

        return IsValid(corrected) && !IsReserved(corrected) ? corrected : null;
    }

    // The body may stand after nothing, after a misspelt prefix, or after a prefix in the wrong case.
    private static IEnumerable<(string Lead, string Text)> CandidateBodies(string name)
    {
        yield return (string.Empty, name);
        for (var cut = 1; cut < name.Length && cut <= 8; cut++)
        {
            var lead = name[..cut].TrimEnd('_', '-').ToUpperInvariant();
            if (lead.Length > 0 && Prefixes.Any(p => DidYouMean.Distance(lead, p.TrimEnd('_')) <= 2))
            {
                yield return (name[..cut], name[cut..].TrimStart('_', '-'));
            }
        }
    }

    // Namespaces are upper case; the config.txt key after HOST_CONFIG_ keeps its own case (gpu_mem).
    private static string NormaliseBody(string body)
    {
        foreach (var ns in new[] { "HOST_CONFIGFS_", "HOST_CONFIG_", "HOST_EXTLINUX_", "HOST_ODMDATA_" })
        {
            if (body.StartsWith(ns, StringComparison.OrdinalIgnoreCase))
            {
                return ns + body[ns.Length..];
            }
        }

        return body.ToUpperInvariant();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ValidName();
}
