using System.Collections.Concurrent;
using Leads.Sdk.LeadExec.Internal;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Serialization;
using Leads.Sdk.Validation;

namespace Leads.Sdk.LeadExec.Validation;

/// <summary>The documented lead properties, per post type and encoding.</summary>
internal static class LeadExecLeadRules
{
    private const int PostTypes = (int)LeadExecPostType.CallData + 1;
    private const int Encodings = (int)LeadExecEncoding.Xml + 1;

    // The documented pairs, indexed directly (every insert looks its validator up); undefined values, which validation
    // reports anyway, go to the dictionary.
    private static readonly Validator<LeadExecLead>?[] Documented = new Validator<LeadExecLead>?[PostTypes * Encodings];
    private static readonly ConcurrentDictionary<(LeadExecPostType, LeadExecEncoding), Validator<LeadExecLead>> Undocumented = new();

    /// <summary>The rules of a lead inserted as <paramref name="postType"/> in <paramref name="encoding"/> (built once per pair).</summary>
    public static Validator<LeadExecLead> For(LeadExecPostType postType, LeadExecEncoding encoding)
    {
        if ((uint)postType >= PostTypes || (uint)encoding >= Encodings)
        {
            return Undocumented.GetOrAdd((postType, encoding), key => Create(key.Item1, key.Item2));
        }

        ref var slot = ref Documented[((int)postType * Encodings) + (int)encoding];
        return Volatile.Read(ref slot) ?? (slot = Create(postType, encoding));
    }

    private static Validator<LeadExecLead> Create(LeadExecPostType postType, LeadExecEncoding encoding)
    {
        var callData = postType == LeadExecPostType.CallData;

        // XML 1.0 cannot carry most control characters; form and JSON escape any character but a lone surrogate.
        Func<string?, bool> carriable = encoding == LeadExecEncoding.Xml ? SafeXml.IsValidText : text => text is null || LeadExecFieldRules.IsWellFormedUtf16(text);
        var notCarriable = encoding == LeadExecEncoding.Xml ? "a character XML 1.0 cannot carry" : "a lone surrogate, which UTF-8 cannot carry";
        var validator = new Validator<LeadExecLead>();
        validator.RuleFor(nameof(LeadExecLead.Reference), l => l.Reference)
            .Must(ValidationRules.Pattern, carriable, _ => $"Reference holds {notCarriable}.")
            .Must(ValidationRules.AllowedValues, _ => encoding != LeadExecEncoding.Form, _ => "Reference is documented for XML and JSON only; the form encoding has no reference key.");
        validator.RuleFor(nameof(LeadExecLead.ShouldNotSell), l => l.ShouldNotSell)
            .Must(ValidationRules.AllowedValues, _ => encoding == LeadExecEncoding.Json, _ => "ShouldNotSell (noSell) is documented for JSON only.");
        validator.RuleFor(nameof(LeadExecLead.IvrNumber), l => l.IvrNumber)
            .RequiredWhen(_ => callData, "the post type is CallData")
            .Must(ValidationRules.AllowedValues, _ => callData, _ => "IvrNumber is sent with the CallData post type only.")
            .Must(ValidationRules.Pattern, carriable, _ => $"IvrNumber holds {notCarriable}.");
        validator.RuleFor(nameof(LeadExecLead.CallDuration), l => l.CallDuration)
            .RequiredWhen(_ => callData, "the post type is CallData")
            .Must(ValidationRules.AllowedValues, _ => callData, _ => "CallDuration is sent with the CallData post type only.")
            .Must(ValidationRules.Range, d => d is { } value && WireDuration.IsWholeSeconds(value), d => $"CallDuration must be 0 or more whole seconds: callduration is an integer of seconds (was {d}).");
        validator.RuleFor(nameof(LeadExecLead.CallResult), l => l.CallResult)
            .Must(ValidationRules.AllowedValues, _ => callData, _ => "CallResult is sent with the CallData post type only.")
            .Must(ValidationRules.Pattern, carriable, _ => $"CallResult holds {notCarriable}.");
        validator.RuleFor(nameof(LeadExecLead.CallDate), l => l.CallDate)
            .Must(ValidationRules.AllowedValues, _ => callData, _ => "CallDate is sent with the CallData post type only.");
        validator.ForObject(nameof(LeadExecLead.Fields), l => l.Fields, LeadExecFieldRules.For(encoding));
        return validator;
    }

    // A PING's lead rules per encoding (form, JSON, and XML, which validation refuses for a PING anyway).
    private static readonly Validator<LeadExecLead>[] Ping = [.. Enumerable.Range(0, Encodings).Select(e => CreatePing((LeadExecEncoding)e))];

    /// <summary>The rules of a PING's lead sent in <paramref name="encoding"/>: only fields are sent, and no contact fields.</summary>
    public static Validator<LeadExecLead> ForPing(LeadExecEncoding encoding)
        => (uint)encoding < Encodings ? Ping[(int)encoding] : Ping[(int)LeadExecEncoding.Xml];

    private static Validator<LeadExecLead> CreatePing(LeadExecEncoding encoding)
    {
        var validator = new Validator<LeadExecLead>();
        const string Message = "A PING sends fields only; leave the lead properties unset.";
        validator.RuleFor(nameof(LeadExecLead.Reference), l => l.Reference).Must(ValidationRules.AllowedValues, _ => false, _ => Message);
        validator.RuleFor(nameof(LeadExecLead.ShouldNotSell), l => l.ShouldNotSell).Must(ValidationRules.AllowedValues, _ => false, _ => Message);
        validator.RuleFor(nameof(LeadExecLead.IvrNumber), l => l.IvrNumber).Must(ValidationRules.AllowedValues, _ => false, _ => Message);
        validator.RuleFor(nameof(LeadExecLead.CallDuration), l => l.CallDuration).Must(ValidationRules.AllowedValues, _ => false, _ => Message);
        validator.RuleFor(nameof(LeadExecLead.CallResult), l => l.CallResult).Must(ValidationRules.AllowedValues, _ => false, _ => Message);
        validator.RuleFor(nameof(LeadExecLead.CallDate), l => l.CallDate).Must(ValidationRules.AllowedValues, _ => false, _ => Message);
        validator.ForObject(nameof(LeadExecLead.Fields), l => l.Fields, LeadExecFieldRules.ForPing(encoding));
        return validator;
    }
}
