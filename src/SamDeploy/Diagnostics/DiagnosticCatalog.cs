namespace SamDeploy.Diagnostics;

/// <summary>Every diagnostic the library reports, with its stable id.</summary>
public static class DiagnosticCatalog
{
    /// <summary>SAM0001: the text is not valid YAML or JSON.</summary>
    public static readonly DiagnosticDescriptor SyntaxError = new("SAM0001", "The template is not valid YAML or JSON", DiagnosticSeverity.Error);

    /// <summary>SAM0002: the template is empty or its top level is not a map.</summary>
    public static readonly DiagnosticDescriptor NotAMap = new("SAM0002", "The template's top level must be a map", DiagnosticSeverity.Error);

    /// <summary>SAM0003: a map has the same key twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new("SAM0003", "Duplicate key in a map", DiagnosticSeverity.Error);

    /// <summary>SAM0010: the structure of the template is invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplate = new("SAM0010", "The structure of the SAM template is invalid", DiagnosticSeverity.Error);

    /// <summary>SAM0011: the Globals section is invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidGlobals = new("SAM0011", "The Globals section is invalid", DiagnosticSeverity.Error);

    /// <summary>SAM0020: a resource is invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidResource = new("SAM0020", "A resource is invalid", DiagnosticSeverity.Error);

    /// <summary>SAM0021: an event source of a function is invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidEvent = new("SAM0021", "An event source is invalid", DiagnosticSeverity.Error);

    /// <summary>SAM0022: a transform would create a resource whose logical id is already taken.</summary>
    public static readonly DiagnosticDescriptor DuplicateLogicalId = new("SAM0022", "A generated logical id is already taken", DiagnosticSeverity.Error);

    /// <summary>SAM0030: a feature the template uses is not supported by this version of SamDeploy.</summary>
    public static readonly DiagnosticDescriptor NotSupported = new("SAM0030", "Not supported yet", DiagnosticSeverity.Error);

    /// <summary>SAM0040: an input limit was exceeded.</summary>
    public static readonly DiagnosticDescriptor LimitExceeded = new("SAM0040", "An input limit was exceeded", DiagnosticSeverity.Error);

    /// <summary>SAM1001: a DeploymentPreference Type is neither a predefined configuration nor a DeploymentConfig of the template.</summary>
    public static readonly DiagnosticDescriptor UnknownDeploymentType = new("SAM1001", "Unknown deployment configuration", DiagnosticSeverity.Warning);

    /// <summary>SAM1002: a DeploymentPreference key the transform ignores.</summary>
    public static readonly DiagnosticDescriptor UnknownDeploymentPreferenceKey = new("SAM1002", "Unknown DeploymentPreference key", DiagnosticSeverity.Warning);

    /// <summary>SAM1003: a Hooks key the transform ignores.</summary>
    public static readonly DiagnosticDescriptor UnknownHookKey = new("SAM1003", "Unknown Hooks key", DiagnosticSeverity.Warning);

    /// <summary>SAM1004: a DeploymentPreference Enabled value that is not a boolean.</summary>
    public static readonly DiagnosticDescriptor EnabledNotBoolean = new("SAM1004", "Enabled is not a boolean", DiagnosticSeverity.Warning);

    /// <summary>SAM1005: an alarm entry that is not an alarm name.</summary>
    public static readonly DiagnosticDescriptor AlarmNotAName = new("SAM1005", "An alarm entry is not an alarm name", DiagnosticSeverity.Warning);

    /// <summary>SAM1006: an empty Alarms list, so no alarm watches the rollout.</summary>
    public static readonly DiagnosticDescriptor EmptyAlarms = new("SAM1006", "Alarms is empty", DiagnosticSeverity.Warning);

    /// <summary>SAM1007: more alarms than CodeDeploy allows per deployment group.</summary>
    public static readonly DiagnosticDescriptor TooManyAlarms = new("SAM1007", "Too many alarms for one deployment group", DiagnosticSeverity.Warning);

    /// <summary>SAM1008: a hook function the default CodeDeploy service role may not invoke (no CodeDeployHook_ name prefix).</summary>
    public static readonly DiagnosticDescriptor HookNameWithoutPrefix = new("SAM1008", "Hook function name lacks the CodeDeployHook_ prefix", DiagnosticSeverity.Warning);

    /// <summary>SAM1009: a hook function without permission to report its status to CodeDeploy.</summary>
    public static readonly DiagnosticDescriptor HookCannotReportStatus = new("SAM1009", "Hook function cannot report its status", DiagnosticSeverity.Warning);

    /// <summary>SAM1010: a hook function that itself has an enabled DeploymentPreference.</summary>
    public static readonly DiagnosticDescriptor HookHasDeploymentPreference = new("SAM1010", "Hook function has its own deployment preference", DiagnosticSeverity.Warning);

    /// <summary>SAM1011: a rollout that takes longer than an hour.</summary>
    public static readonly DiagnosticDescriptor RolloutLongerThanAnHour = new("SAM1011", "Rollout takes longer than an hour", DiagnosticSeverity.Warning);
}
