import { firefox } from "./firefox";
import { describeReaderOn } from "./readerBehaviours";

describeReaderOn(firefox);
