from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class Forecast(_message.Message):
    __slots__ = ["city", "celsius"]
    CITY_FIELD_NUMBER: _ClassVar[int]
    CELSIUS_FIELD_NUMBER: _ClassVar[int]
    city: str
    celsius: float
    def __init__(self, city: _Optional[str] = ..., celsius: _Optional[float] = ...) -> None: ...
