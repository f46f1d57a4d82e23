// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of PaintDotNet.PropertySystem's property classes (PaintDotNet.PropertySystem.dll), constructors and
// members as in paintdotnet/apidocs 5.1.9. Values are stored as given: the plugin validates its own inputs.
using System;
using System.ComponentModel;

namespace PaintDotNet.PropertySystem;

public enum ValueValidationFailureResult
{
    Ignore = 0,
    Clamp = 1,
    ThrowException = 2,
}

public abstract class Property : ICloneable, INotifyPropertyChanged
{
    private protected Property(object name, object? defaultValue, bool readOnly)
    {
        this.Name = name.ToString()!;
        this.DefaultValue = defaultValue;
        this.Value = defaultValue;
        this.ReadOnly = readOnly;
    }

    // Not a public event: apidocs 5.1.9 lists only ReadOnlyChanged and ValueChanged on Property.
    event PropertyChangedEventHandler? INotifyPropertyChanged.PropertyChanged
    {
        add { }
        remove { }
    }

    public string Name { get; }

    public object? DefaultValue { get; }

    public object? Value { get; set; }

    public bool ReadOnly { get; set; }

    public abstract Property Clone();

    object ICloneable.Clone() => this.Clone();
}

public abstract class Property<T> : Property, ICloneable, INotifyPropertyChanged
{
    private protected Property(object name, T defaultValue, bool readOnly)
        : base(name, defaultValue, readOnly)
    {
    }

    public new T DefaultValue => (T)base.DefaultValue!;

    public new T Value
    {
        get => (T)base.Value!;
        set => base.Value = value;
    }
}

public abstract class ScalarProperty<T> : Property<T>, ICloneable, INotifyPropertyChanged
    where T : struct, IComparable<T>
{
    private protected ScalarProperty(object name, T defaultValue, T minValue, T maxValue, bool readOnly)
        : base(name, defaultValue, readOnly)
    {
        this.MinValue = minValue;
        this.MaxValue = maxValue;
    }

    public T MinValue { get; }

    public T MaxValue { get; }
}

public sealed class Int32Property : ScalarProperty<int>, ICloneable, INotifyPropertyChanged
{
    public Int32Property(object name, int defaultValue, int minValue, int maxValue)
        : base(name, defaultValue, minValue, maxValue, readOnly: false)
    {
    }

    public override Property Clone() => (Property)this.MemberwiseClone();
}

public sealed class BooleanProperty : ScalarProperty<bool>, ICloneable, INotifyPropertyChanged
{
    public BooleanProperty(object name, bool defaultValue)
        : base(name, defaultValue, false, true, readOnly: false)
    {
    }

    public override Property Clone() => (Property)this.MemberwiseClone();
}

public sealed class StringProperty : Property<string>, ICloneable, INotifyPropertyChanged
{
    public StringProperty(object name, string defaultValue)
        : this(name, defaultValue, 32767)
    {
    }

    public StringProperty(object name, string defaultValue, int maxLength)
        : base(name, defaultValue, readOnly: false) => this.MaxLength = maxLength;

    public int MaxLength { get; }

    public override Property Clone() => (Property)this.MemberwiseClone();
}

public sealed class StaticListChoiceProperty : Property<object>, ICloneable, INotifyPropertyChanged
{
    public StaticListChoiceProperty(object name, object[] valueChoices, int defaultChoiceIndex)
        : this(name, valueChoices, defaultChoiceIndex, readOnly: false)
    {
    }

    public StaticListChoiceProperty(object name, object[] valueChoices, int defaultChoiceIndex, bool readOnly)
        : base(name, valueChoices[defaultChoiceIndex], readOnly) => this.ValueChoices = valueChoices;

    public object[] ValueChoices { get; }

    public static StaticListChoiceProperty CreateForEnum<TEnum>(object name, TEnum defaultValue)
        where TEnum : Enum
    {
        object[] choices = Array.ConvertAll([.. Enum.GetValues(typeof(TEnum))], v => v);
        return new StaticListChoiceProperty(name, choices, Array.IndexOf(choices, defaultValue));
    }

    public override Property Clone() => (Property)this.MemberwiseClone();
}
