from typing import Optional

class Forecast:
    city: str
    def __init__(self, city: Optional[str] = ...) -> None: ...
