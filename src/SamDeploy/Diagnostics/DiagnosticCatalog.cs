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
}
