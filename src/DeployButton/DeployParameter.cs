namespace FleetCatalog.DeployButton;

/// <summary>One query parameter of the deploy page, with the words messages use for it.</summary>
internal sealed class DeployParameter
{
    public static readonly DeployParameter Repository = new("repoUrl", "The repository URL");
    public static readonly DeployParameter DeviceType = new("defaultDeviceType", "The device type");
    public static readonly DeployParameter Config = new("configUrl", "The balena.yml URL (configUrl)");
    public static readonly DeployParameter Tarball = new("tarballUrl", "The tarball URL (tarballUrl)");

    private DeployParameter(string name, string label)
    {
        Name = name;
        Label = label;
    }

    /// <summary>The query parameter's name, as the dashboard reads it.</summary>
    public string Name { get; }

    /// <summary>How a message starts when it is about this parameter.</summary>
    public string Label { get; }
}
