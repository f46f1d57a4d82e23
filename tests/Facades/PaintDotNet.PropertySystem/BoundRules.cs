// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of PaintDotNet.PropertySystem.{ReadOnlyBoundToBooleanRule, ReadOnlyBoundToNameValuesRule}: public
// constructors as in paintdotnet/apidocs 5.1.9 (the Property-typed overload of the boolean rule is left out).
// Like ReadOnlyBoundToValueRule here, they keep their bindings for tests to read and enforce nothing.
using System;
using System.Collections.Generic;
using System.Linq;

namespace PaintDotNet.PropertySystem;

public sealed class ReadOnlyBoundToBooleanRule : PropertyCollectionRule, ICloneable
{
    public ReadOnlyBoundToBooleanRule(object targetPropertyName, object sourceBooleanPropertyName, bool inverse)
    {
        this.TargetPropertyName = targetPropertyName.ToString()!;
        this.SourcePropertyName = sourceBooleanPropertyName.ToString()!;
        this.Inverse = inverse;
    }

    internal string TargetPropertyName { get; }

    internal string SourcePropertyName { get; }

    internal bool Inverse { get; }

    public override PropertyCollectionRule Clone() => (PropertyCollectionRule)this.MemberwiseClone();

    protected override void OnInitialized()
    {
    }
}

public sealed class ReadOnlyBoundToNameValuesRule : PropertyCollectionRule, ICloneable
{
    public ReadOnlyBoundToNameValuesRule(object targetPropertyName, bool inverse, params (object PropertyName, object? Value)[] sourcePropertyNameValuePairs)
        : this(targetPropertyName, inverse, (IEnumerable<(object PropertyName, object? Value)>)sourcePropertyNameValuePairs)
    {
    }

    public ReadOnlyBoundToNameValuesRule(object targetPropertyName, bool inverse, IEnumerable<(object PropertyName, object? Value)> sourcePropertyNameValuePairs)
    {
        this.TargetPropertyName = targetPropertyName.ToString()!;
        this.Inverse = inverse;
        this.Sources = [.. sourcePropertyNameValuePairs.Select(p => (p.PropertyName.ToString()!, p.Value))];
    }

    internal string TargetPropertyName { get; }

    internal bool Inverse { get; }

    internal (string PropertyName, object? Value)[] Sources { get; }

    public override PropertyCollectionRule Clone() => (PropertyCollectionRule)this.MemberwiseClone();

    protected override void OnInitialized()
    {
    }
}
