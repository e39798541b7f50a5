"""join audit and accounts

Revision ID: 5b8e2f0c4d6a
Revises: 3e1f5c8a9b0d, 4c2d7e6f1a3b
Create Date: 2026-12-07 07:02:14.694947

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '5b8e2f0c4d6a'
down_revision: Union[str, Sequence[str], None] = ('3e1f5c8a9b0d', '4c2d7e6f1a3b')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
